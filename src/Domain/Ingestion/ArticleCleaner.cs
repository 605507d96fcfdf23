namespace NewsTreaty.Domain.Ingestion;

/// <summary>Stage 1: raw text or HTML in; the article's own parts out, furniture dropped, offsets mapped back.</summary>
public sealed class ArticleCleaner
{
    // Contract baseline: the input is taken whole as body text. The cleaning stage replaces this.
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Contract baseline; the stage's real implementation keeps state.")]
    public CleanedArticle Run(RawArticle raw)
    {
        var text = raw.Content;
        IReadOnlyList<PartSpan> parts = text.Length == 0 ? [] : [new PartSpan(ArticlePart.Body, new TextSpan(0, text.Length))];
        return new CleanedArticle(text, parts, OffsetMap.Identity(text.Length), []);
    }
}
