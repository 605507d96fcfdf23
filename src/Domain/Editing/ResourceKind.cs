namespace NewsTreaty.Domain.Editing;

/// <summary>The records editors change through the API and whose history is kept.</summary>
public enum ResourceKind
{
    Claim,
    Event,
    Actor,
    Article,
    Outlet,
}
