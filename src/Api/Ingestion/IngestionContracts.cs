using System.ComponentModel;
using System.Globalization;
using System.Text.Json;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Ingestion;
using NewsTreaty.Domain.Ingestion.Review;

namespace NewsTreaty.Api.Ingestion;

/// <summary>An article to ingest: its text or its HTML (exactly one), and what the sender knows of it.</summary>
public sealed record IngestInput
{
    [Description("The article as plain text, page furniture and all.")]
    public string? Text { get; init; }

    [Description("The article's web page as HTML.")]
    public string? Html { get; init; }

    [Description("Where the article was found (absolute http or https URL).")]
    public string? Url { get; init; }

    [Description("The outlet, by slug or name, when the sender knows it.")]
    public string? Outlet { get; init; }

    [Description("The publication date when the sender knows it: YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 date and time.")]
    public string? Published { get; init; }

    /// <summary>Field errors keyed by JSON name; empty when the input can be ingested.</summary>
    public Dictionary<string, string[]> Errors()
    {
        var errors = new Dictionary<string, string[]>();
        if (Text is not null && Html is not null)
        {
            errors["html"] = ["Send the article once: as 'text' or as 'html', not both."];
        }

        if (Url is not null && WebAddressError(Url) is { } url)
        {
            errors["url"] = [url];
        }

        if (Outlet is { Length: > Limits.Name })
        {
            errors["outlet"] = [$"The outlet is {Outlet.Length} characters long; the limit is {Limits.Name}."];
        }

        if (Published is not null && !IsDate(Published))
        {
            errors["published"] = [$"'{Published}' is not a date: use YYYY, YYYY-MM, YYYY-MM-DD or an ISO 8601 date and time such as 2024-06-20T11:34+03:00."];
        }

        return errors;
    }

    public SubmittedArticle ToSubmitted() =>
        Html is not null
            ? RawInput.FromText(Html, SourceFormat.Html, Url, Outlet, Published)
            : RawInput.FromText(Text, SourceFormat.Text, Url, Outlet, Published);

    internal static bool IsDate(string value) =>
        PartialDate.TryParse(value.Trim(), out _)
        || DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _);

    internal static string? WebAddressError(string url)
    {
        try
        {
            WebAddress.Optional(url, "url");
            return null;
        }
        catch (DomainException ex)
        {
            return ex.Message;
        }
    }
}

/// <summary>An editor's version of a proposal: its payload in the bundle's shape (as GET shows it), and an optional note.</summary>
public sealed record ProposalEditInput(JsonElement? Payload, string? Note);

/// <summary>Accepting or rejecting one proposal: an optional note; accepting may carry the editor's payload to accept instead.</summary>
public sealed record ProposalDecisionInput(JsonElement? Payload, string? Note);

/// <summary>A bulk review of one ingestion: proposals to reject, then to accept (or every open one with acceptAll), in one transaction.</summary>
public sealed record ReviewInput(List<int>? Accept, List<int>? Reject, bool AcceptAll, string? Note);

/// <summary>What a review did, and the proposal (or ingestion) as it is now.</summary>
public sealed record ProposalReviewResponse(ReviewResult Review, ProposalView Proposal);

public sealed record IngestionReviewResponse(ReviewResult Review, IngestionView Ingestion);
