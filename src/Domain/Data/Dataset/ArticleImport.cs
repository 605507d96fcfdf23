using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Data.Dataset;

/// <summary>Outlets and articles, then (once every article exists) the relations between them.</summary>
internal sealed partial class ImportRun
{
    private void ApplyOutlet(BundleOutlet o, string path) =>
        Upsert(_outlets, Slug.Require(o.Slug, "outlet"), () => new Outlet(o.Slug, o.Name, o.Country, o.Kind, o.StateAffiliated, o.Homepage),
            x => x.Update(o.Name, o.Country, o.Kind, o.StateAffiliated, o.Homepage));

    private void ApplyArticle(BundleArticle a, string path)
    {
        var outlet = Ref(_outlets, a.Outlet, path + ".outlet", "outlet");
        var date = Date(a.Published.Date, path + ".published.date", required: true);
        TimeOnly? time = null;
        if (a.Published.Time is { } t)
        {
            if (TimeOnly.TryParseExact(t, ["HH:mm", "HH:mm:ss"], out var parsed))
            {
                time = parsed;
            }
            else
            {
                Problems.Add(new(path + ".published.time", $"'{t}' is not a time: use HH:mm (24-hour)."));
            }
        }

        if (outlet is null || date is null)
        {
            return;
        }

        var published = new Publication(date, time, a.Published.TimeZone, a.Published.Basis, a.Published.Note);
        Upsert(_articles, Slug.Require(a.Slug, "article"), () => new Article(a.Slug, outlet, a.Headline, a.Genre, published, a.Language), x =>
        {
            x.MoveTo(outlet);
            x.Describe(a.Headline, a.PrintHeadline, a.Standfirst, a.Byline, a.Genre, a.Section, a.Dateline, a.Language, a.CanonicalUrl, a.Summary);
            x.SetPublished(published);
            x.SetSource(a.Source?.Name, a.Source?.Sha256);
            x.SetText(a.Text);
            if (a.ContentHash is not null && x.ContentHash is not null && !string.Equals(a.ContentHash, x.ContentHash, StringComparison.OrdinalIgnoreCase))
            {
                Problems.Add(new(path + ".contentHash", "The content hash does not match the SHA-256 of the text."));
            }
        });
    }

    private void ApplyArticleRelations(BundleArticle a, string path)
    {
        if (!_articles.TryGetValue(a.Slug, out var article))
        {
            return;
        }

        var relations = new List<ArticleRelation>();
        foreach (var (r, i) in (a.Relations ?? []).Select((r, i) => (r, i)))
        {
            var rPath = $"{path}.relations[{i}]";
            var target = Ref(_articles, r.Article, rPath + ".article", "article");
            var outlet = Ref(_outlets, r.Outlet, rPath + ".outlet", "outlet");
            switch (r.Kind)
            {
                case ArticleRelationKind.SyndicatedCopyOf when target is not null:
                    relations.Add(ArticleRelation.SyndicatedCopyOf(target, r.Note));
                    break;
                case ArticleRelationKind.RelaysReportingOf when outlet is not null || target is not null:
                    relations.Add(ArticleRelation.RelaysReportingOf(outlet ?? target!.Outlet, target, r.Note));
                    break;
                default:
                    if (r.Article is null && r.Outlet is null)
                    {
                        Problems.Add(new(rPath, r.Kind == ArticleRelationKind.SyndicatedCopyOf
                            ? "A syndicated copy names the original article."
                            : "A relay names the outlet (or article) whose reporting it relays."));
                    }

                    break;
            }
        }

        Replace(article, nameof(Article.Relations), relations, () => article.ReplaceRelations(relations));
    }
}
