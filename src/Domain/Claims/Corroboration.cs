namespace NewsTreaty.Domain.Claims;

/// <summary>
/// How many outlets carry a claim, and how many independent origins stand behind it: a syndicated copy or a
/// relay of another outlet's reporting adds an outlet but not an origin, and an appearance that disputes the
/// claim adds neither. The database keeps the same counts on each claim (schema step 0010 triggers).
/// </summary>
public sealed record Corroboration(int Outlets, int IndependentOrigins)
{
    public static readonly Corroboration None = new(0, 0);

    public static Corroboration From(IEnumerable<(int OutletId, int OriginOutletId, AppearanceRole Role)> appearances)
    {
        var supporting = appearances.Where(a => a.Role != AppearanceRole.Disputes).ToList();
        return new Corroboration(
            supporting.Select(a => a.OutletId).Distinct().Count(),
            supporting.Select(a => a.OriginOutletId).Distinct().Count());
    }
}
