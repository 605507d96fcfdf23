namespace NewsTreaty.Domain.Claims;

/// <summary>
/// How many outlets carry a claim, and how many independent origins stand behind it: a syndicated
/// copy or a relay of another outlet's reporting adds an outlet but not an origin.
/// </summary>
public sealed record Corroboration(int Outlets, int IndependentOrigins)
{
    public static readonly Corroboration None = new(0, 0);

    public static Corroboration From(IEnumerable<(int OutletId, int OriginOutletId)> appearances)
    {
        var list = appearances.ToList();
        return new Corroboration(
            list.Select(a => a.OutletId).Distinct().Count(),
            list.Select(a => a.OriginOutletId).Distinct().Count());
    }
}
