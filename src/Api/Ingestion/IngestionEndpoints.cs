using System.ComponentModel;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Api.Infrastructure.Auth;
using NewsTreaty.Domain.Ingestion;
using NewsTreaty.Domain.Ingestion.Review;

namespace NewsTreaty.Api.Ingestion;

/// <summary>
/// POST /api/v1/ingest turns a raw article into proposals; /api/v1/ingestions lists and reads them and takes an
/// editor's review. All of it needs an editor key: proposals are not part of the public knowledge base.
/// </summary>
public static class IngestionEndpoints
{
    public static IEndpointRouteBuilder MapIngestionEndpoints(this IEndpointRouteBuilder api)
    {
        api.MapPost("/ingest", Ingest).RequireAuthorization(ApiRoles.Editor).WithTags("Ingestion").WithName(nameof(Ingest))
            .Accepts<IngestInput>("application/json", "text/plain", "text/html")
            .WithSummary("Ingest an article (editor): its text or HTML becomes an article and proposals for review")
            .WithDescription("JSON `{text | html, url, outlet, published}`, or the article itself as a `text/plain` or `text/html` body (hints then go in the " +
                "query string). 201 with the ingestion: the proposed article (published date, outlet, genre, byline) and every proposal with its span, " +
                "confidence and the known record it matched. The same content again answers 200 with the same ingestion. See docs/ingestion.md.")
            .Produces<IngestionView>(StatusCodes.Status201Created).Produces<IngestionView>().ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        var group = api.MapGroup("/ingestions").WithTags("Ingestion").RequireAuthorization(ApiRoles.Editor);
        group.MapGet("/", ListIngestions).WithName(nameof(ListIngestions)).WithSummary("List ingestions, newest first (editor)")
            .ProducesValidationProblem();
        group.MapGet("/{id:int}", GetIngestion).WithName(nameof(GetIngestion))
            .WithSummary("One ingestion (editor): its cleaned text, article and every proposal; the ETag is what a bulk review's If-Match needs")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:int}/proposals/{proposal:int}", GetProposal).WithName(nameof(GetProposal))
            .WithSummary("One proposal (editor); its ETag is what accepting, editing or rejecting it needs in If-Match")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id:int}/proposals/{proposal:int}", EditProposal).WithName(nameof(EditProposal))
            .WithSummary("Edit a proposal's payload (editor; If-Match); accepting it later writes the edited version");
        group.MapPost("/{id:int}/proposals/{proposal:int}/accept", AcceptProposal).WithName(nameof(AcceptProposal))
            .WithSummary("Accept a proposal (editor; If-Match): writes its records, and those it needs, in one transaction");
        group.MapPost("/{id:int}/proposals/{proposal:int}/reject", RejectProposal).WithName(nameof(RejectProposal))
            .WithSummary("Reject a proposal (editor; If-Match)");
        group.MapPost("/{id:int}/review", ReviewIngestion).WithName(nameof(ReviewIngestion))
            .WithSummary("Review many proposals of an ingestion at once (editor; If-Match of the ingestion): rejections, then acceptances, all or nothing");
        return api;
    }

    public static async Task<Results<Created<IngestionView>, Ok<IngestionView>, ValidationProblem, ProblemHttpResult>> Ingest(
        HttpRequest request, HttpContext http, IngestionService ingestion, IngestionQueries queries, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json,
        [Description("Where the article was found (text/plain and text/html bodies).")] string? url,
        [Description("The outlet, by slug or name (text/plain and text/html bodies).")] string? outlet,
        [Description("The publication date, YYYY-MM-DD or ISO 8601 (text/plain and text/html bodies).")] string? published,
        CancellationToken ct)
    {
        var mediaType = (request.ContentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        SubmittedArticle submitted;
        if (mediaType is "text/plain" or "text/html")
        {
            var hints = new IngestInput { Url = url, Outlet = outlet, Published = published };
            if (hints.Errors() is { Count: > 0 } errors)
            {
                return Invalid(errors);
            }

            using var body = new MemoryStream();
            await request.Body.CopyToAsync(body, ct);
            submitted = RawInput.FromBytes(body.GetBuffer().AsSpan(0, (int)body.Length), mediaType == "text/html" ? SourceFormat.Html : SourceFormat.Text,
                url, outlet, published);
        }
        else
        {
            IngestInput? input;
            try
            {
                input = await request.ReadFromJsonAsync<IngestInput>(json.Value.SerializerOptions, ct);
            }
            catch (JsonException ex)
            {
                return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, type: ProblemTypes.BadRequest, title: "The request is malformed",
                    detail: $"The body is not valid JSON for an ingestion ({ex.Message.Split(" Path:")[0]}): send {{\"text\": \"...\"}} or {{\"html\": \"...\"}}.");
            }

            if (input is null || (input.Text is null && input.Html is null))
            {
                return Invalid(new() { ["text"] = ["Send the article's text in 'text', or its web page in 'html'."] });
            }

            if (input.Errors() is { Count: > 0 } errors)
            {
                return Invalid(errors);
            }

            submitted = input.ToSubmitted();
        }

        var outcome = await ingestion.IngestAsync(submitted, ApiRoles.Actor(http.User), ct);
        var view = await queries.GetAsync(outcome.IngestionId, ct) ?? throw new InvalidOperationException("The ingestion vanished after it was stored.");
        http.Response.Headers.ETag = ETag.Of(view, http);
        return outcome.Created ? TypedResults.Created($"/api/v1/ingestions/{view.Id}", view) : TypedResults.Ok(view);
    }

    public static async Task<Ok<ListResponse<IngestionSummaryView>>> ListIngestions(
        [AsParameters] IngestionQueryParameters query, IngestionQueries queries, HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok(ListResponse<IngestionSummaryView>.From(await queries.ListAsync(query.ToFilter(), query.Limit, query.Cursor, ct), request));

    public static async Task<Results<Ok<IngestionView>, ProblemHttpResult>> GetIngestion(int id, IngestionQueries queries, CancellationToken ct) =>
        await queries.GetAsync(id, ct) is { } view ? TypedResults.Ok(view) : NotFound(id);

    public static async Task<Results<Ok<ProposalView>, ProblemHttpResult>> GetProposal(int id, int proposal, IngestionQueries queries, CancellationToken ct) =>
        await queries.GetProposalAsync(id, proposal, ct) is { } view ? TypedResults.Ok(view) : ProposalNotFound(id, proposal);

    public static Task<Results<Ok<ProposalReviewResponse>, ValidationProblem, ProblemHttpResult>> EditProposal(
        int id, int proposal, ProposalEditInput input, HttpContext http, IngestionQueries queries, ProposalReviewer reviewer, CancellationToken ct) =>
        input.Payload is not { ValueKind: JsonValueKind.Object } payload
            ? Task.FromResult<Results<Ok<ProposalReviewResponse>, ValidationProblem, ProblemHttpResult>>(
                Invalid(new() { ["payload"] = ["Send the proposal's payload as an object, in the shape GET shows it."] }))
            : DecideAsync(id, proposal, http, queries, revision =>
                reviewer.EditAsync(id, proposal, revision, payload.GetRawText(), input.Note, ApiRoles.Actor(http.User), ct), ct);

    public static Task<Results<Ok<ProposalReviewResponse>, ValidationProblem, ProblemHttpResult>> AcceptProposal(
        int id, int proposal, [FromBody] ProposalDecisionInput? input, HttpContext http, IngestionQueries queries, ProposalReviewer reviewer, CancellationToken ct) =>
        DecideAsync(id, proposal, http, queries, revision =>
            reviewer.AcceptAsync(id, proposal, revision, input?.Payload is { ValueKind: JsonValueKind.Object } p ? p.GetRawText() : null, input?.Note,
                ApiRoles.Actor(http.User), ct), ct);

    public static Task<Results<Ok<ProposalReviewResponse>, ValidationProblem, ProblemHttpResult>> RejectProposal(
        int id, int proposal, [FromBody] ProposalDecisionInput? input, HttpContext http, IngestionQueries queries, ProposalReviewer reviewer, CancellationToken ct) =>
        DecideAsync(id, proposal, http, queries, revision => reviewer.RejectAsync(id, proposal, revision, input?.Note, ApiRoles.Actor(http.User), ct), ct);

    public static async Task<Results<Ok<IngestionReviewResponse>, ValidationProblem, ProblemHttpResult>> ReviewIngestion(
        int id, ReviewInput input, HttpContext http, IngestionQueries queries, ProposalReviewer reviewer, CancellationToken ct)
    {
        if (!input.AcceptAll && (input.Accept?.Count ?? 0) == 0 && (input.Reject?.Count ?? 0) == 0)
        {
            return Invalid(new() { ["accept"] = ["List proposal ids to accept or reject, or set acceptAll."] });
        }

        if (await queries.GetAsync(id, ct) is not { } current)
        {
            return NotFound(id);
        }

        if (Precondition(http, current, $"/api/v1/ingestions/{id}") is { } problem)
        {
            return problem;
        }

        var review = await reviewer.ReviewAsync(id, current.Revision, input.Accept ?? [], input.Reject ?? [], input.AcceptAll, input.Note, ApiRoles.Actor(http.User), ct);
        var view = (await queries.GetAsync(id, ct))!;
        http.Response.Headers.ETag = ETag.Of(view, http);
        return TypedResults.Ok(new IngestionReviewResponse(review, view));
    }

    private static async Task<Results<Ok<ProposalReviewResponse>, ValidationProblem, ProblemHttpResult>> DecideAsync(
        int id, int proposal, HttpContext http, IngestionQueries queries, Func<int, Task<ReviewResult>> decide, CancellationToken ct)
    {
        if (await queries.GetProposalAsync(id, proposal, ct) is not { } current)
        {
            return ProposalNotFound(id, proposal);
        }

        if (Precondition(http, current, $"/api/v1/ingestions/{id}/proposals/{proposal}") is { } problem)
        {
            return problem;
        }

        var review = await decide(current.Revision);
        var view = (await queries.GetProposalAsync(id, proposal, ct))!;
        http.Response.Headers.ETag = ETag.Of(view, http);
        return TypedResults.Ok(new ProposalReviewResponse(review, view));
    }

    /// <summary>428 without If-Match, 412 when it names another version of <paramref name="current"/>; null when the change may go ahead.</summary>
    private static ProblemHttpResult? Precondition<T>(HttpContext http, T current, string url)
    {
        var ifMatch = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(ifMatch) || ifMatch.Trim() == "*")
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status428PreconditionRequired, type: ProblemTypes.PreconditionRequired, title: "If-Match required",
                detail: $"Send 'If-Match' with the ETag from GET {url}, so a review made by someone else since is never overwritten.");
        }

        return ETag.Matches(ifMatch, ETag.Of(current, http))
            ? null
            : TypedResults.Problem(statusCode: StatusCodes.Status412PreconditionFailed, type: ProblemTypes.PreconditionFailed, title: "The review has changed",
                detail: $"{url} has changed since the ETag you sent; nothing was saved. GET it again and repeat your review.");
    }

    private static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, detail: "Some fields are missing or invalid; see 'errors'.", title: "The request has invalid fields", type: ProblemTypes.Validation);

    private static ProblemHttpResult NotFound(int id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, type: ProblemTypes.NotFound, title: "Not found",
            detail: $"No ingestion has the id {id}. List them at /api/v1/ingestions.");

    private static ProblemHttpResult ProposalNotFound(int id, int proposal) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, type: ProblemTypes.NotFound, title: "Not found",
            detail: $"Ingestion {id} has no proposal {proposal} (or there is no such ingestion). GET /api/v1/ingestions/{id} lists its proposals.");
}
