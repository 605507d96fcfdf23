using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Data.Dataset;

/// <summary>
/// Claims with their claimant, subjects, events, quantities and appearances (the evidence), then the evidence
/// rules of <see cref="ClaimEvidence"/>: numbers stated in the quotations, speakers named or the attribution
/// marked inferred.
/// </summary>
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
            try
            {
                x.SetClaimant(actor, outlet, c.ClaimantInferred, c.ClaimantNote);
            }
            catch (DomainException ex)
            {
                Problems.Add(new(path + ".claimantNote", ex.Message));
            }

            x.Review(c.Status, c.StatusNote);
            Replace(x, nameof(Claim.Subjects), subjects.Distinct().Select(a => new ClaimSubject(a)), () => x.ReplaceSubjects(subjects));
            Replace(x, nameof(Claim.Events), events.Distinct().Select(e => new ClaimEvent(e)), () => x.ReplaceEvents(events));
            var quantities = Quantities(c.Quantities ?? [], path);
            Replace(x, nameof(Claim.Quantities), quantities, () => x.ReplaceQuantities(quantities));
            // The evidence is checked against the articles' text as it now is, whether or not it changed.
            Replace(x, nameof(Claim.Appearances), EvidenceOrNothing(c), () => ReplaceAppearances(x, c, path));
            Problems.AddRange(ClaimEvidence.Check(x).Select(p => new BundleProblem($"{path}.{p.Field}", p.Message)));
        });
    }

    private List<ClaimQuantity> Quantities(List<BundleQuantity> quantities, string path)
    {
        var built = new List<ClaimQuantity>();
        foreach (var (q, i) in quantities.Select((q, i) => (q, i)))
        {
            try
            {
                built.Add(new ClaimQuantity(q.Value, q.Unit, q.Approximate, q.Text, q.Magnitude));
            }
            catch (DomainException ex)
            {
                Problems.Add(new($"{path}.quantities[{i}]", ex.Message));
            }
        }

        return built;
    }

    private void ReplaceAppearances(Claim claim, BundleClaim c, string path)
    {
        claim.ClearAppearances();
        foreach (var (a, i) in (c.Appearances ?? []).Select((a, i) => (a, i)))
        {
            var article = Ref(_articles, a.Article, $"{path}.appearances[{i}].article", "article");
            if (article is null)
            {
                continue;
            }

            try
            {
                claim.AddAppearance(article, a.Quote, a.Start, a.End, a.Role, Attribution(a));
            }
            catch (DomainException ex)
            {
                Problems.Add(new($"{path}.appearances[{i}]", ex.Message));
            }
        }
    }

    private static AttributionSpan? Attribution(BundleAppearance a) => a.Attribution is { } at ? new AttributionSpan(at.Quote, at.Start, at.End) : null;

    /// <summary>
    /// The appearances as they would be stored, to compare with the stored ones; null (so they are replaced and
    /// <see cref="ReplaceAppearances"/> reports why) when one names an unknown article or does not check out.
    /// </summary>
    private List<Appearance>? EvidenceOrNothing(BundleClaim c)
    {
        var evidence = new List<Appearance>();
        foreach (var a in c.Appearances ?? [])
        {
            if (!_articles.TryGetValue(a.Article, out var article))
            {
                return null;
            }

            try
            {
                evidence.Add(new Appearance(article, a.Quote, a.Start, a.End, a.Role, Attribution(a)));
            }
            catch (DomainException)
            {
                return null;
            }
        }

        return evidence;
    }
}
