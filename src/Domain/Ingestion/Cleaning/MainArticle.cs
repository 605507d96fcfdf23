namespace NewsTreaty.Domain.Ingestion.Cleaning;

/// <summary>
/// When a page marks up articles (article, main, itemprop=articleBody), the one with the most prose is this page's
/// article; blocks of other articles (teaser cards) and blocks outside any are furniture. The last h1 before the
/// chosen article is kept when the article itself has none (sites that put the headline above the article element).
/// </summary>
internal static class MainArticle
{
    public static List<SourceBlock> Select(List<SourceBlock> blocks, List<int> articles)
    {
        var prose = new Dictionary<int, int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (articles[i] > 0 && blocks[i].Furniture is null)
            {
                prose[articles[i]] = prose.GetValueOrDefault(articles[i]) + blocks[i].Text.Length;
            }
        }

        if (prose.Count == 0)
        {
            return blocks;
        }

        var chosen = prose.MaxBy(p => p.Value).Key;
        var first = articles.IndexOf(chosen);
        var hasHeadline = blocks.Where((b, i) => articles[i] == chosen && b.Hint == BlockHint.Headline).Any();
        var headlineAbove = hasHeadline ? -1 : blocks.FindLastIndex(first, b => b.Hint == BlockHint.Headline);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (articles[i] != chosen && i != headlineAbove)
            {
                blocks[i].Furniture ??= articles[i] > 0 ? "another article on the page" : "outside the article";
            }
            else if (i == headlineAbove)
            {
                blocks[i].Furniture = null;
            }
        }

        return blocks;
    }
}
