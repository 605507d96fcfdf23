namespace NewsTreaty.Domain.Actors;

/// <summary>Actors whose name or an alias matches Q (word prefixes), of Kind.</summary>
public sealed record ActorFilter(string? Q = null, ActorKind? Kind = null);
