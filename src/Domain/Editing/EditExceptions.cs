using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data.Dataset;

namespace NewsTreaty.Domain.Editing;

/// <summary>The caller edited a revision that is no longer the current one; nothing was changed.</summary>
public sealed class StaleRevisionException(ResourceKind kind, string key)
    : DomainException($"The {kind.ToString().ToLowerInvariant()} '{key}' has changed since you read it; nothing was saved. GET it again and re-apply your change.");

/// <summary>The change clashes with the state of other records (a slug in use, a record still referred to).</summary>
public sealed class ConflictException(string message) : DomainException(message);

/// <summary>The submitted record breaks domain rules; <see cref="Errors"/> names each field (JSON path) and what is wrong with it.</summary>
public sealed class RecordRejectedException(IReadOnlyDictionary<string, string[]> errors)
    : DomainException($"The record was rejected: {string.Join(" ", errors.SelectMany(e => e.Value.Select(m => (e.Key.Length > 0 ? e.Key + ": " : "") + m)))}")
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    /// <summary>Re-roots the importer's bundle paths ("claims[0].appearances[1].article") at the single record submitted.</summary>
    internal static RecordRejectedException From(BundleException ex) =>
        new(ex.Problems
            .GroupBy(p => StripRecordPrefix(p.Path))
            .ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));

    private static string StripRecordPrefix(string path)
    {
        var close = path.IndexOf("[0]", StringComparison.Ordinal);
        return close < 0 ? path : path[(close + 3)..].TrimStart('.');
    }
}
