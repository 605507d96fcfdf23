using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Data.Dataset;

/// <summary>Claims with their claimant, subjects, events, quantities and appearances (the evidence).</summary>
internal sealed partial class ImportRun
{
    private void ApplyClaim(BundleClaim c, string path)
    {
        var actor = Ref(_actors, c.ClaimantActor, path + ".claimantActor", "actor");
        var outlet = Ref(_outlets, c.ClaimantOutlet, path + ".claimantOutlet", "outlet");
        var subjects = (c.Subjects ?? []).Select((s, i) => Ref(_actors, s, $"{path}.subjects[{i}]", "actor")).OfType<Actor>().ToList();
        var events = (c.Events ?? []).Select((s, i) => Ref(_events, s, $"{path}.events[{i}]", "event")).OfType<Event>().ToList();
        if ((c.ClaimantActor is null) == (c.ClaimantOutlet is null))
        {
            Problems.Add(new(path, "Give exactly one of claimantActor and claimantOutlet."));
            return;
        }

        if (c.Appearances is not { Count: > 0 })
        {
            Problems.Add(new(path + ".appearances", "A claim needs at least one appearance as evidence."));
        }

        if ((c.ClaimantActor is not null && actor is null) || (c.ClaimantOutlet is not null && outlet is null))
        {
            return;
        }

        Upsert(_claims, Slug.Require(c.Slug, "claim"), () => new Claim(c.Slug, c.Text, c.Kind, actor, outlet, c.Hedging), x =>
        {
            x.Update(c.Text, c.Kind, c.Hedging);
            x.SetClaimant(actor, outlet);
            x.Review(c.Status, c.StatusNote);
            x.ReplaceSubjects(subjects);
            x.ReplaceEvents(events);
            x.ReplaceQuantities((c.Quantities ?? []).Select(q => new ClaimQuantity(q.Value, q.Unit, q.Approximate, q.Text)));
            x.ClearAppearances();
            foreach (var (a, i) in (c.Appearances ?? []).Select((a, i) => (a, i)))
            {
                var article = Ref(_articles, a.Article, $"{path}.appearances[{i}].article", "article");
                if (article is null)
                {
                    continue;
                }

                try
                {
                    x.AddAppearance(article, a.Quote, a.Start, a.End, a.Role);
                }
                catch (DomainException ex)
                {
                    Problems.Add(new($"{path}.appearances[{i}]", ex.Message));
                }
            }
        });
    }
}
