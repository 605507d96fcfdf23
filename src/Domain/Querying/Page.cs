namespace NewsTreaty.Domain.Querying;

public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
