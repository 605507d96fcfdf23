using System.Globalization;
using System.Text.RegularExpressions;
using NewsTreaty.Domain.Ingestion.Cleaning;
using NewsTreaty.Domain.Ingestion.Metadata;

namespace NewsTreaty.Domain.Ingestion;

/// <summary>
/// Stage 2: outlet, publication date (with precision, time and zone), genre, byline, dateline, section, print
/// headline, language and translation, each from the article's own evidence with where it came from
/// (<see cref="Supported{T}"/>). The date never comes from furniture the cleaner removed.
/// </summary>
public sealed partial class MetadataExtractor
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Stages are instances composed by the pipeline.")]
    public ArticleMetadata Run(RawArticle raw, CleanedArticle article, KnowledgeSnapshot knowledge)
    {
        var (outlet, slug) = OutletFinder.Find(raw, article, knowledge);
        var byline = Byline(article);
        var (section, printHeadline) = SectionAndPrintHeadline(article);
        return new ArticleMetadata(
            outlet,
            slug,
            PublicationFinder.Find(raw, article, knowledge),
            GenreReader.Read(article, byline is not null),
            byline,
            Part(article, ArticlePart.Headline) ?? (article.Page?.Title is { Length: > 0 } title ? new(title, Evidence.Text, null, 0.7, "the page title") : null),
            Part(article, ArticlePart.Standfirst),
            Dateline(article),
            article.Language ?? "und",
            raw.Url ?? article.Page?.CanonicalUrl,
            section,
            printHeadline,
            TranslatedFrom(article));
    }

    private static Supported<string>? Part(CleanedArticle article, ArticlePart part) =>
        article.SpanOf(part) is { } span ? new(span.Of(article.Text), Evidence.Text, span, 0.9) : null;

    private static Supported<string>? Byline(CleanedArticle article)
    {
        if (article.SpanOf(ArticlePart.Byline) is { } span && Bylines.Names(span.Of(article.Text)) is { } names)
        {
            var translator = Translator().Match(span.Of(article.Text));
            return Institutional().IsMatch(names) ? null
                : new(names, Evidence.Text, span, 0.85, translator.Success ? "translated by " + translator.Groups["name"].Value.Trim() : null);
        }

        return article.Page?.Author is { Length: > 0 } author && !Institutional().IsMatch(author) ? new(author, Evidence.Text, null, 0.8, "the page's author metadata") : null;
    }

    private static Supported<string>? Dateline(CleanedArticle article)
    {
        if (article.SpanOf(ArticlePart.Dateline) is not { } span)
        {
            return null;
        }

        var text = span.Of(article.Text);
        var place = LinePatterns.DatelinePrefix().Match(text + " ") is { Success: true } prefix ? prefix.Groups["place"].Value
            : LinePatterns.DatelineLine().Match(text) is { Success: true } line ? line.Groups["place"].Value : text;
        place = place.Trim();
        if (place.Length > 1 && place.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            place = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(place.ToLowerInvariant());
        }

        return new(place, Evidence.Text, span, 0.9);
    }

    private static (Supported<string>? Section, Supported<string>? PrintHeadline) SectionAndPrintHeadline(CleanedArticle article)
    {
        Supported<string>? section = null, print = null;
        if (article.SpanOf(ArticlePart.Section) is { } span)
        {
            var pieces = span.Of(article.Text).Split('|', '›');
            section = new(pieces[0].Trim(), Evidence.Text, span, 0.8);
            if (pieces.Length == 2 && pieces[1].Trim().Contains(' ', StringComparison.Ordinal))
            {
                print = new(pieces[1].Trim(), Evidence.Text, span, 0.6, "the rubric beside the section");
            }
        }
        else if (article.Page?.Section is { Length: > 0 } fromPage)
        {
            section = new(fromPage, Evidence.Text, null, 0.8, "the page's section metadata");
        }

        foreach (var edition in article.SpansOf(ArticlePart.Edition))
        {
            if (PrintHeadline().Match(edition.Of(article.Text)) is { Success: true } m)
            {
                print = new(m.Groups["headline"].Value, Evidence.Text, edition, 0.9, "the print edition's headline");
            }
        }

        return (section, print);
    }

    private static Supported<string>? TranslatedFrom(CleanedArticle article)
    {
        var match = Translation().Match(article.Text);
        return match.Success && Languages.TryGetValue(match.Groups["language"].Value, out var code)
            ? new(code, Evidence.Text, new TextSpan(match.Index, match.Index + match.Length), 0.9)
            : null;
    }

    private static readonly Dictionary<string, string> Languages = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Spanish"] = "es",
        ["French"] = "fr",
        ["German"] = "de",
        ["Russian"] = "ru",
        ["Korean"] = "ko",
        ["Japanese"] = "ja",
        ["Chinese"] = "zh",
        ["Arabic"] = "ar",
        ["Portuguese"] = "pt",
        ["Italian"] = "it",
        ["Ukrainian"] = "uk",
        ["Turkish"] = "tr",
    };

    [GeneratedRegex(@"\btranslated\s+(?:from\s+(?:the\s+)?(?<language>\p{Lu}\p{Ll}+))", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Translation();

    [GeneratedRegex(@"\btranslated\b.*?\bby\s+(?<name>[^.,;]+)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Translator();

    [GeneratedRegex(@"\b(?:staff|desk|editorial board|editors|correspondents?|reporters|agencies|newsroom|bureau)\b|^(?:our|the)\s", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Institutional();

    [GeneratedRegex(@"under the headline\s+[“""‘'](?<headline>[^”""’']{2,120})[”""’']", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PrintHeadline();
}
