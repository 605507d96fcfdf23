using System.Globalization;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Editing;

namespace NewsTreaty.Domain.Ingestion.Review;

/// <summary>
/// Turns what the pipeline found in one article into proposals an editor can accept, edit or reject: the article
/// itself, its actors (known and new), time expressions, claims (new, or matched to known claims), events (new, or
/// matched to the timeline) and its relations to known articles. Payloads are bundle-shaped records that refer to
/// each other by slug; a re-ingested article gets proposals only for what the knowledge base lacks.
/// </summary>
internal sealed partial class ProposalBuilder(IngestionResult result, RawArticle raw, string rawSha256, KnowledgeSnapshot knowledge,
    KnownArticleContext? known, SlugAllocator slugs)
{
    private readonly List<Proposal> _proposals = [];
    private readonly Dictionary<int, string> _mentionSlugs = [];
    private readonly Dictionary<int, string> _timeEvents = [];
    private string _articleSlug = "";
    private string _outletSlug = "";

    private CleanedArticle Article => result.Article;

    private ArticleMetadata Metadata => result.Metadata;

    public IReadOnlyList<Proposal> Build()
    {
        if (known is null)
        {
            AddArticle();
        }
        else
        {
            _articleSlug = known.Article.Slug;
            _outletSlug = known.OutletSlug;
        }

        AddActors();
        if (known is null)
        {
            AddTimes();
        }

        AddEvents();
        AddClaims();
        AddArticleMatches();
        return _proposals;
    }

    private void Add(ProposalKind kind, TextSpan? span, double confidence, string label, string? reason, KnownRecord? matched, object payload)
    {
        if (span is { } s && !s.FitsIn(Article.Text.Length))
        {
            return; // a stage pointed outside the text: nothing an editor could check, so nothing to propose
        }

        var rawSpan = span is { } cleaned ? Article.Map.ToRaw(cleaned) : (TextSpan?)null;
        _proposals.Add(new Proposal(_proposals.Count, kind, span, rawSpan, confidence, label, reason, matched,
            ProposalPayloads.CreatedSlug(payload), ProposalPayloads.Write(payload)));
    }

    private string Quote(TextSpan span) => span.Of(Article.Text);

    private void AddArticle()
    {
        var (outletSlug, newOutlet, outletReason) = ResolveOutlet();
        _outletSlug = outletSlug;
        var headline = Metadata.Headline?.Value ?? Article.Title ?? FirstLine() ?? raw.FileName ?? "Untitled article";
        headline = headline.Length > Limits.Title ? headline[..(Limits.Title - 1)] + "…" : headline;
        var published = Published();
        _articleSlug = slugs.Allocate(ProposalKind.ArticleMetadata,
            $"{outletSlug} {published?.Date ?? "undated"} {headline}", maxWords: 12);
        var article = new BundleArticle(_articleSlug, outletSlug, headline, Metadata.Genre.Value,
            published ?? new BundlePublished(""), Metadata.Language is { Length: > 0 } language ? language : "en",
            Standfirst: Metadata.Standfirst?.Value, Byline: Metadata.Byline?.Value, Dateline: Metadata.Dateline?.Value,
            CanonicalUrl: HttpUrl(Metadata.CanonicalUrl) ?? HttpUrl(raw.Url),
            Source: new BundleSource(raw.FileName ?? "submitted-" + rawSha256[..12], rawSha256));
        var confidences = new[] { Metadata.OutletName?.Confidence ?? (newOutlet is null ? 0.9 : 0.2), Metadata.Published?.Confidence ?? 0.2,
            Metadata.Genre.Confidence, Metadata.Headline?.Confidence ?? 0.3 };
        var reason = string.Join("; ", new[]
        {
            outletReason,
            published is null ? "no publication date found: edit published.date before accepting" : $"published: {Metadata.Published?.Evidence.ToString().ToLowerInvariant() ?? "hint"} {Metadata.Published?.Note}".Trim(),
            $"genre: {Metadata.Genre.Evidence.ToString().ToLowerInvariant()}",
        });
        Add(ProposalKind.ArticleMetadata, Metadata.Headline?.Span ?? Article.SpanOf(ArticlePart.Headline), confidences.Average(),
            $"Article: {headline}", reason, null, new ArticlePayload(article, newOutlet));
    }

    private (string Slug, BundleOutlet? New, string Reason) ResolveOutlet()
    {
        var named = Metadata.OutletName?.Value ?? raw.OutletHint;
        var outlet = OutletResolver.Find(knowledge, Metadata, raw.OutletHint);
        if (outlet is not null)
        {
            return (outlet.Slug, null, $"outlet: {outlet.Name}");
        }

        if (named is null)
        {
            return ("", null, "no outlet found: edit article.outlet (a known outlet's slug) before accepting");
        }

        var slug = Slug.From(named);
        return (slug, new BundleOutlet(slug, named.Trim(), "ZZ", OutletKind.Newspaper, false, null),
            $"outlet '{named}' is not known yet: accepting creates it (check its country, 'ZZ' until set, and kind)");
    }

    private BundlePublished? Published()
    {
        if (Metadata.Published?.Value is { } p)
        {
            return new BundlePublished(p.Date.ToString(), p.Time?.ToString("HH:mm", CultureInfo.InvariantCulture), p.TimeZone, p.Basis, p.Note);
        }

        if (raw.PublishedHint is not { Length: > 0 } hint)
        {
            return null;
        }

        if (PartialDate.TryParse(hint.Trim(), out var date))
        {
            return new BundlePublished(date.ToString(), Note: "date given when the article was submitted");
        }

        return DateTimeOffset.TryParse(hint, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant)
            ? new BundlePublished(PartialDate.OfDay(DateOnly.FromDateTime(instant.UtcDateTime)).ToString(),
                instant.UtcDateTime.ToString("HH:mm", CultureInfo.InvariantCulture), "UTC", DateBasis.Stated, "date given when the article was submitted")
            : null;
    }

    private string? FirstLine()
    {
        var line = Article.Text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return line is null ? null : line.Length > 120 ? line[..120].TrimEnd() + "…" : line;
    }

    private static string? HttpUrl(string? url) =>
        url is not null && url.Length <= Limits.Url && Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? url.Trim() : null;
}
