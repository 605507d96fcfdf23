using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Data.Dataset;

/// <summary>Actors, then (once every actor of the bundle exists) their aliases and affiliations.</summary>
internal sealed partial class ImportRun
{
    private void ApplyActor(BundleActor a, string path) =>
        Upsert(_actors, Slug.Require(a.Slug, "actor"), () => new Actor(a.Slug, a.Kind, a.Name, a.Description ?? "", a.WikidataId),
            x => x.Update(a.Kind, a.Name, a.Description ?? "", a.WikidataId));

    private void ApplyActorLinks(BundleActor a, string path)
    {
        if (!_actors.TryGetValue(a.Slug, out var actor))
        {
            return;
        }

        var aliases = (a.Aliases ?? []).Select((al, i) =>
            new ActorAlias(al.Name, Date(al.ValidFrom, $"{path}.aliases[{i}].validFrom"), Date(al.ValidTo, $"{path}.aliases[{i}].validTo"), al.Note)).ToList();
        Replace(actor, nameof(Actor.Aliases), aliases, () => actor.ReplaceAliases(aliases));
        var affiliations = new List<ActorAffiliation>();
        foreach (var (af, i) in (a.Affiliations ?? []).Select((af, i) => (af, i)))
        {
            var org = Ref(_actors, af.Organisation, $"{path}.affiliations[{i}].organisation", "actor");
            if (org is not null)
            {
                affiliations.Add(new ActorAffiliation(org, af.Role, Date(af.From, $"{path}.affiliations[{i}].from"), Date(af.To, $"{path}.affiliations[{i}].to")));
            }
        }

        Replace(actor, nameof(Actor.Affiliations), affiliations, () => actor.ReplaceAffiliations(affiliations));
    }
}
