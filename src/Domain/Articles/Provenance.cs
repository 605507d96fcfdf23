namespace NewsTreaty.Domain.Articles;

/// <summary>
/// Works out where each article's reporting originates, so corroboration can count independent
/// origins: a syndicated copy inherits its original's origin; a relay takes the relayed outlet.
/// </summary>
public static class Provenance
{
    public static void Resolve(IReadOnlyCollection<Article> articles)
    {
        var byId = articles.Where(a => a.Id != 0).ToDictionary(a => a.Id);
        foreach (var article in articles)
        {
            article.OriginOutletId = OriginOf(article, byId, []);
        }
    }

    private static int OriginOf(Article article, Dictionary<int, Article> byId, HashSet<Article> seen)
    {
        if (!seen.Add(article))
        {
            return article.OutletId; // a cycle of copies: stop at the first article met twice
        }

        foreach (var relation in article.Relations.Where(r => r.Kind == ArticleRelationKind.SyndicatedCopyOf))
        {
            var original = relation.TargetArticle
                           ?? (relation.TargetArticleId is { } id && byId.TryGetValue(id, out var found) ? found : null);
            if (original is not null)
            {
                return OriginOf(original, byId, seen);
            }
        }

        var relay = article.Relations.FirstOrDefault(r => r.Kind == ArticleRelationKind.RelaysReportingOf);
        if (relay is not null)
        {
            var relayedArticle = relay.TargetArticle
                                 ?? (relay.TargetArticleId is { } aid && byId.TryGetValue(aid, out var a) ? a : null);
            if (relayedArticle is not null)
            {
                return OriginOf(relayedArticle, byId, seen);
            }

            if ((relay.TargetOutlet?.Id ?? relay.TargetOutletId) is { } outletId and not 0)
            {
                return outletId;
            }
        }

        return article.OutletId;
    }
}
