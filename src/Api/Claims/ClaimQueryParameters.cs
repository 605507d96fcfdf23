using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Claims;

namespace NewsTreaty.Api.Claims;

/// <summary>
/// The query string of GET /api/v1/claims, and of the claim explorer page. Every value is text, so a bad one gets
/// a field error naming it (checked by AddValidation before the handler runs) instead of failing to bind.
/// </summary>
public sealed record ClaimQueryParameters(
    [property: FromQuery(Name = "q"), SearchText, Description("Full-text words to find in the claim's text or its quotations, all required. Punctuation and operators are ignored.")] string? Q = null,
    [property: FromQuery(Name = "actor"), Description("Claims made by or about an actor: id, slug, name, alias or Wikidata QID (e.g. Q56226).")] string? Actor = null,
    [property: FromQuery(Name = "claimant"), Description("Claims made by an actor (id, slug, name, alias, QID) or an outlet speaking in its own voice (id or slug).")] string? Claimant = null,
    [property: FromQuery(Name = "event"), Description("Claims about an event (id or slug).")] string? Event = null,
    [property: FromQuery(Name = "article"), Description("Claims evidenced in an article (id or slug).")] string? Article = null,
    [property: FromQuery(Name = "outlet"), Description("Claims that appeared in an outlet (id or slug).")] string? Outlet = null,
    [property: FromQuery(Name = "kind"), OneOf<ClaimKind>(IgnoreCase = true), Description("direct-quote, reported-speech, factual-assertion, prediction or opinion.")] string? Kind = null,
    [property: FromQuery(Name = "status"), OneOf<ReviewStatus>(IgnoreCase = true), Description("unreviewed, confirmed, disputed, false or misleading.")] string? Status = null,
    [property: FromQuery(Name = "from"), PartialDateText(BlankMeansNone = true), Description("First appeared on or after this date: YYYY, YYYY-MM or YYYY-MM-DD.")] string? From = null,
    [property: FromQuery(Name = "to"), PartialDateText(BlankMeansNone = true), Description("First appeared on or before this date (the whole year or month for reduced precision).")] string? To = null,
    [property: FromQuery(Name = "minSources"), WholeNumber(0, 1000), Description("At least this many independent origins (syndicated copies and relays count once).")] string? MinSources = null,
    [property: FromQuery(Name = "sort"), OneOf<ClaimSort>(IgnoreCase = true), Description("relevance (default with q; needs q), date (default otherwise; newest first) or corroboration (most independent origins first).")] string? Sort = null,
    [property: FromQuery(Name = "limit"), Description("Items per page, 1–500 (default 50).")] int? Limit = null,
    [property: FromQuery(Name = "cursor"), Description("Opaque cursor from the previous page's `next` link; only valid with the same sort.")] string? Cursor = null,
    [property: FromQuery(Name = "format"), Accepted("json", "csv"), Description("json (default) or csv (every matching claim, ignoring limit and cursor). Accept: text/csv works too.")] string? Format = null,
    [property: FromQuery(Name = "bom"), Accepted("true", "false", "1", "0"), Description("With format=csv: true (or 1) starts the file with a UTF-8 byte order mark, so Excel reads non-Latin text correctly.")] string? Bom = null)
    : IValidatableObject, IDroppableParameters<ClaimQueryParameters>
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (DateRange.Check(From, To) is { } reversed)
        {
            yield return reversed;
        }

        if (OneOfAttribute<ClaimSort>.ParseOptional(Sort, ignoreCase: true) == ClaimSort.Relevance && string.IsNullOrWhiteSpace(Q))
        {
            yield return new ValidationResult(ClaimFilter.RelevanceNeedsQ, ["sort"]);
        }
    }

    /// <summary>Whether a CSV should start with a UTF-8 byte order mark (Excel reads UTF-8 without one as the local code page).</summary>
    public bool WantsByteOrderMark => Bom?.Trim() is "1" || string.Equals(Bom?.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The filter these parameters ask for; call once they have passed validation.</summary>
    public ClaimFilter ToFilter() => new(
        Q, Actor, Claimant, Event, Article, Outlet,
        OneOfAttribute<ClaimKind>.ParseOptional(Kind, ignoreCase: true), OneOfAttribute<ReviewStatus>.ParseOptional(Status, ignoreCase: true),
        DateRange.Parse(From), DateRange.Parse(To), WholeNumberAttribute.Parse(MinSources), OneOfAttribute<ClaimSort>.ParseOptional(Sort, ignoreCase: true));

    public ClaimQueryParameters Without(IReadOnlyCollection<string> names) => this with
    {
        Q = names.Contains("q") ? null : Q,
        Kind = names.Contains("kind") ? null : Kind,
        Status = names.Contains("status") ? null : Status,
        From = names.Contains("from") ? null : From,
        To = names.Contains("to") ? null : To,
        MinSources = names.Contains("minSources") ? null : MinSources,
        Sort = names.Contains("sort") ? null : Sort,
        Format = names.Contains("format") ? null : Format,
        Bom = names.Contains("bom") ? null : Bom,
    };
}
