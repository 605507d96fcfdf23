using NewsTreaty.Domain.Editing;

namespace NewsTreaty.Domain.Data.Dataset;

/// <summary>
/// A claim, event, actor or article in its bundle shape: what editors create, change, delete and restore
/// one at a time, and what a revision snapshot holds. Outlets and eras come only in whole bundles.
/// </summary>
public interface IBundleRecord
{
    /// <summary>Which of the editable kinds this record is.</summary>
    ResourceKind Resource { get; }

    string Slug { get; }

    /// <summary>This record alone, as a bundle the importer applies under exactly the rules of a whole import.</summary>
    Bundle AsBundle();
}

/// <summary>An editable record type, whose kind is known without an instance (to find, delete or restore one by key).</summary>
public interface IBundleRecord<TSelf> : IBundleRecord
    where TSelf : class, IBundleRecord<TSelf>
{
    /// <summary>The kind of every record of this type.</summary>
    static abstract new ResourceKind Resource { get; }

    ResourceKind IBundleRecord.Resource => TSelf.Resource;
}
