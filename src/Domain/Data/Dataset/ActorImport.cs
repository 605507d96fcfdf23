using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Data.Dataset;

/// <summary>
/// Actors, then (once every actor of the bundle exists) their aliases and affiliations. A title or role as an
/// alias needs the date its holder took it: "the Russian president" named Yeltsin in 1996 and Medvedev in 2010.
/// </summary>
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

        var aliases = Aliases(a.Aliases ?? [], path);
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

    private List<ActorAlias> Aliases(List<BundleAlias> aliases, string path)
    {
        var built = new List<ActorAlias>();
        foreach (var (al, i) in aliases.Select((al, i) => (al, i)))
        {
            var aliasPath = $"{path}.aliases[{i}]";
            if (al.Kind == AliasKind.TitleOrRole && al.ValidFrom is null)
            {
                Problems.Add(new(aliasPath + ".validFrom", $"'{al.Name}' is a title or role: give the date its holder took it, since it names different people over time."));
                continue;
            }

            try
            {
                built.Add(new ActorAlias(al.Name, al.Kind, Date(al.ValidFrom, aliasPath + ".validFrom"), Date(al.ValidTo, aliasPath + ".validTo"), al.Note));
            }
            catch (DomainException ex)
            {
                Problems.Add(new(aliasPath, ex.Message));
            }
        }

        return built;
    }
}
