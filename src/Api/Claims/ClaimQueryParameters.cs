using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using NewsTreaty.Api.Infrastructure;
using NewsTreaty.Domain.Claims;

namespace NewsTreaty.Api.Claims;

/// <summary>The query string of GET /api/v1/claims; every value is text so a bad one gets a field error, not a binding failure.</summary>
public sealed record ClaimQueryParameters(
    [property: FromQuery(Name = "q"), Description("Full-text words to find in the claim's text or its quotations, all required. Punctuation and operators are ignored.")] string? Q,
    [property: FromQuery(Name = "actor"), Description("Claims made by or about an actor: id, slug, name, alias or Wikidata QID (e.g. Q56226).")] string? Actor,
    [property: FromQuery(Name = "claimant"), Description("Claims made by an actor (id, slug, name, alias, QID) or an outlet speaking in its own voice (id or slug).")] string? Claimant,
    [property: FromQuery(Name = "event"), Description("Claims about an event (id or slug).")] string? Event,
    [property: FromQuery(Name = "article"), Description("Claims evidenced in an article (id or slug).")] string? Article,
    [property: FromQuery(Name = "outlet"), Description("Claims that appeared in an outlet (id or slug).")] string? Outlet,
    [property: FromQuery(Name = "kind"), Description("direct-quote, reported-speech, factual-assertion, prediction or opinion.")] string? Kind,
    [property: FromQuery(Name = "status"), Description("unreviewed, confirmed, disputed, false or misleading.")] string? Status,
    [property: FromQuery(Name = "from"), Description("First appeared on or after this date: YYYY, YYYY-MM or YYYY-MM-DD.")] string? From,
    [property: FromQuery(Name = "to"), Description("First appeared on or before this date (the whole year or month for reduced precision).")] string? To,
    [property: FromQuery(Name = "minSources"), Description("At least this many independent origins (syndicated copies and relays count once).")] string? MinSources,
    [property: FromQuery(Name = "sort"), Description("relevance (default with q; needs q), date (default otherwise; newest first) or corroboration (most independent origins first).")] string? Sort,
    [property: FromQuery(Name = "limit"), Description("Items per page, 1–500 (default 50).")] int? Limit,
    [property: FromQuery(Name = "cursor"), Description("Opaque cursor from the previous page's `next` link; only valid with the same sort.")] string? Cursor,
    [property: FromQuery(Name = "format"), Description("json (default) or csv (every matching claim, ignoring limit and cursor). Accept: text/csv works too.")] string? Format)
{
    internal ClaimFilter? ToFilter(QueryReader reader)
    {
        var from = reader.Date("from", From);
        var to = reader.Date("to", To);
        reader.Range(from, to);
        var q = reader.Words("q", Q);
        var sort = reader.Enum<ClaimSort>("sort", Sort);
        if (sort == ClaimSort.Relevance && string.IsNullOrWhiteSpace(Q))
        {
            reader.Error("sort", "sort=relevance ranks by full-text match, so it needs q: add q=words, or use sort=date or sort=corroboration.");
        }

        var filter = new ClaimFilter(
            q, Actor, Claimant, Event, Article, Outlet,
            reader.Enum<ClaimKind>("kind", Kind), reader.Enum<ReviewStatus>("status", Status), from, to,
            reader.Int("minSources", MinSources, 0, 1000), sort);
        return reader.IsValid ? filter : null;
    }
}
