using System.Text.RegularExpressions;
using NewsTreaty.Domain.Articles;

namespace NewsTreaty.Domain.Ingestion.Metadata;

/// <summary>
/// News, analysis, opinion or editorial. A label decides when there is one (a section "Opinion", "The Guardian
/// view", JSON-LD's OpinionNewsArticle). Otherwise the voice does: the writer's own "I"/"we" and "should" outside
/// quotations make it opinion when signed and an editorial when not; an explanatory headline or little reporting
/// ("said", datelines) make it analysis; the rest is news.
/// </summary>
internal static partial class GenreReader
{
    public static Supported<Genre> Read(CleanedArticle article, bool hasByline)
    {
        var labels = string.Join(" | ", new[] { article.TextOf(ArticlePart.Section), article.Page?.Section, article.Page?.ArticleType, article.Title }.Where(l => l is not null));
        if (Label().Match(labels) is { Success: true } label)
        {
            var genre = label.Groups["editorial"].Success ? Genre.Editorial : label.Groups["opinion"].Success ? (hasByline ? Genre.Opinion : Genre.Editorial) : Genre.Analysis;
            return new(genre, Evidence.Text, null, 0.9, "labelled \"" + label.Value.Trim() + "\"");
        }

        var body = string.Join("\n", article.Body.Select(b => b.Of(article.Text)));
        var outside = Quotation().Replace(body, " ");
        var words = Math.Max(1, Words().Count(outside));
        var voice = Voice().Count(outside) * 1000.0 / words;
        var reporting = Reporting().Count(body) * 1000.0 / words;
        var note = $"{voice:0.#} first-person or judging words and {reporting:0.#} attributions per 1,000 words";
        // An unsigned piece needs less of its own voice to be the outlet's: editorials rarely say "I".
        if (voice >= (hasByline ? 4 : 3) && reporting < 6)
        {
            return new(hasByline ? Genre.Opinion : Genre.Editorial, Evidence.Inferred, null, 0.6, note);
        }

        var explanatory = article.Title is { } title && Explanatory().IsMatch(title);
        if (explanatory || (reporting < 3 && article.SpanOf(ArticlePart.Dateline) is null && words > 150))
        {
            return new(Genre.Analysis, Evidence.Inferred, null, 0.5, explanatory ? "an explanatory headline; " + note : note);
        }

        return new(Genre.News, Evidence.Inferred, null, 0.6, note);
    }

    [GeneratedRegex(@"(?<editorial>\beditorial\b|\bleader\b|\bthe [\p{L} ]{2,30} view\b|\bour view\b)|(?<opinion>\bopinion\b|\bcomment(?:ary)?\b|\bcolumn\b|\bop-ed\b|OpinionNewsArticle|\bletters?\b)|(?<analysis>\banalysis\b|\bexplainer\b|AnalysisNewsArticle|BackgroundNewsArticle|\bin depth\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Label();

    [GeneratedRegex(@"[“""][^”""]{0,600}[”""]", RegexOptions.CultureInvariant)]
    private static partial Regex Quotation();

    [GeneratedRegex(@"\b(?:I|my|me|we|our|us|should|must|ought|predictably|disturbing|alarming|unwise|naïve|naive)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Voice();

    [GeneratedRegex(@"\b(?:said|says|told|according to|announced|reported|added)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Reporting();

    [GeneratedRegex(@"^(?:Why|How|What|Who|Can|Will|Is|Are|Does|Should)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Explanatory();

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Words();
}
