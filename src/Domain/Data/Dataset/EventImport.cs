using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Data.Dataset;

/// <summary>Eras and events, with the actors and articles an event names.</summary>
internal sealed partial class ImportRun
{
    private void ApplyEra(BundleEra e, string path)
    {
        var start = Date(e.Start, path + ".start", required: true);
        var end = Date(e.End, path + ".end");
        if (start is null)
        {
            return;
        }

        Upsert(_eras, Slug.Require(e.Slug, "era"), () => new Era(e.Slug, e.Name, start, end, e.Summary), x => x.Update(e.Name, start, end, e.Summary));
    }

    private void ApplyEvent(BundleEvent e, string path)
    {
        var date = Date(e.Date, path + ".date", required: true);
        var end = Date(e.EndDate, path + ".endDate");
        var era = Ref(_eras, e.Era, path + ".era", "era");
        var actors = (e.Actors ?? []).Select((a, i) => (Actor: Ref(_actors, a.Actor, $"{path}.actors[{i}].actor", "actor"), a.Role))
            .Where(a => a.Actor is not null).Select(a => (a.Actor!, a.Role)).ToList();
        var articles = (e.Articles ?? []).Select((s, i) => Ref(_articles, s, $"{path}.articles[{i}]", "article")).OfType<Article>().ToList();
        if (date is null)
        {
            return;
        }

        Upsert(_events, Slug.Require(e.Slug, "event"), () => new Event(e.Slug, e.Kind, e.Title, e.Summary ?? "", date, e.Importance), x =>
        {
            x.Update(e.Kind, e.Title, e.Summary ?? "", date, end, e.Place, e.Importance);
            x.PlaceIn(era);
            Replace(x, nameof(Event.Actors), actors.Select(a => new EventActor(a.Item1, a.Role)), () => x.ReplaceActors(actors));
            Replace(x, nameof(Event.Articles), articles.Distinct().Select(a => new EventArticle(a)), () => x.ReplaceArticles(articles));
        });
    }
}
