using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Articles;

public enum OutletKind
{
    Newspaper,
    Magazine,
    Wire,
    Broadcaster,
    Journal,
}

/// <summary>A publisher: newspaper, magazine, wire service, broadcaster or journal.</summary>
public sealed class Outlet : Entity
{
    private Outlet()
    {
    }

    public Outlet(string slug, string name, string country, OutletKind kind, bool stateAffiliated, string? homepage)
    {
        SetSlug(slug, "outlet");
        Update(name, country, kind, stateAffiliated, homepage);
    }

    public string Name { get; private set; } = "";

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public string Country { get; private set; } = "";

    public OutletKind Kind { get; private set; }

    /// <summary>State-owned or state-directed media, shown to readers next to its reporting.</summary>
    public bool StateAffiliated { get; private set; }

    public string? Homepage { get; private set; }

    public void Update(string name, string country, OutletKind kind, bool stateAffiliated, string? homepage)
    {
        Name = Required(name, "Outlet name", Limits.Name);
        var code = Required(country, "Country", 2).ToUpperInvariant();
        Country = code.Length == 2 && code.All(char.IsAsciiLetterUpper)
            ? code
            : throw new DomainException($"Country '{country}' is not an ISO 3166-1 alpha-2 code such as GB or RU.");
        Kind = kind;
        StateAffiliated = stateAffiliated;
        Homepage = WebAddress.Optional(homepage, "Homepage");
    }
}
