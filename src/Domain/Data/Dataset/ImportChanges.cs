using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Data.Dataset;

/// <summary>
/// What an import changes. A stored record whose incoming version says the same thing keeps its rows, its
/// revision and its ETag: re-importing an unchanged export changes nothing. The comparison is by the values EF
/// stores (every mapped column but generated keys, the owner's id and columns the database derives), so a
/// field added to a child record later is compared without anyone having to remember to.
/// </summary>
internal sealed partial class ImportRun
{
    private readonly List<Entity> _existing = [];
    private readonly HashSet<Entity> _childrenReplaced = [];

    public int Unchanged { get; private set; }

    /// <summary>
    /// Calls <paramref name="replace"/> only when <paramref name="wanted"/> (null: cannot tell) differs from the children
    /// stored under <paramref name="navigation"/>: in order where the children have their own generated id (aliases,
    /// quotations), as a set where the key is the link itself (subjects, an event's articles).
    /// </summary>
    private void Replace<TChild>(Entity owner, string navigation, IEnumerable<TChild>? wanted, Action replace) where TChild : class
    {
        var entry = db.Entry(owner);
        if (entry.State is EntityState.Added or EntityState.Detached || wanted is null)
        {
            replace();
            if (entry.State is not (EntityState.Added or EntityState.Detached))
            {
                _childrenReplaced.Add(owner);
            }

            return;
        }

        var link = entry.Metadata.FindNavigation(navigation) ?? throw new InvalidOperationException($"{owner.GetType().Name} has no {navigation}.");
        var child = link.TargetEntityType;
        var compared = child.GetProperties()
            .Where(p => !link.ForeignKey.Properties.Contains(p) && !(p.IsPrimaryKey() && p.ValueGenerated != ValueGenerated.Never) && !DerivedByTheDatabase(p))
            .ToList();
        var key = child.FindPrimaryKey()!.Properties;
        var ordered = key is [{ ValueGenerated: not ValueGenerated.Never }];
        var current = ((IEnumerable<TChild>)entry.Collection(navigation).CurrentValue!).ToList();
        if (ordered)
        {
            current = [.. current.OrderBy(c => key[0].GetGetter().GetClrValue(c))];
        }

        var before = current.Select(c => Values(compared, c)).ToList();
        var after = wanted.Select(c => Values(compared, c)).ToList();
        var same = before.Count == after.Count && (ordered
            ? before.SequenceEqual(after, ValuesComparer.Instance)
            : before.Order(ValuesComparer.Instance).SequenceEqual(after.Order(ValuesComparer.Instance), ValuesComparer.Instance));
        if (!same)
        {
            replace();
            _childrenReplaced.Add(owner);
        }
    }

    /// <summary>Stamps a new revision on each stored record the bundle changed, and only on those.</summary>
    private void Settle()
    {
        db.ChangeTracker.DetectChanges();
        foreach (var record in _existing)
        {
            if (_childrenReplaced.Contains(record) || db.Entry(record).State == EntityState.Modified)
            {
                record.Touch(now);
                Updated++;
            }
            else
            {
                Unchanged++;
            }
        }
    }

    private static bool DerivedByTheDatabase(IProperty property) =>
        property.GetBeforeSaveBehavior() == PropertySaveBehavior.Ignore && property.GetAfterSaveBehavior() == PropertySaveBehavior.Ignore;

    private static object?[] Values(List<IProperty> properties, object child) => [.. properties.Select(p => Value(p, child))];

    /// <summary>
    /// A column's value; for a reference, the id of the record the child points at when it points through its
    /// navigation (a new child knows its target only that way until it is saved).
    /// </summary>
    private static object? Value(IProperty property, object child)
    {
        foreach (var reference in property.GetContainingForeignKeys())
        {
            if (reference.Properties.Count == 1 && reference.DependentToPrincipal?.GetGetter().GetClrValue(child) is { } target)
            {
                return reference.PrincipalKey.Properties[0].GetGetter().GetClrValue(target);
            }
        }

        return property.GetGetter().GetClrValue(child);
    }

    /// <summary>Element-wise equality of stored values, with a total order so sets can be compared sorted.</summary>
    private sealed class ValuesComparer : IEqualityComparer<object?[]>, IComparer<object?[]>
    {
        public static readonly ValuesComparer Instance = new();

        public bool Equals(object?[]? x, object?[]? y) => x is not null && y is not null && x.SequenceEqual(y);

        public int GetHashCode(object?[] values) => values.Aggregate(17, (hash, v) => (hash * 31) + (v?.GetHashCode() ?? 0));

        public int Compare(object?[]? x, object?[]? y) =>
            string.CompareOrdinal(string.Join('\u001f', x ?? []), string.Join('\u001f', y ?? []));
    }
}
