using NewsTreaty.Domain.Data.Dataset;

namespace NewsTreaty.Api.Editing;

/// <summary>A create or update request for one record; converts to the record's bundle shape, which the domain editor applies.</summary>
public interface IRecordInput<out TRecord> where TRecord : class, IBundleRecord<TRecord>
{
    /// <summary>Required to create; on update it may be omitted, and if given must be the record's own.</summary>
    string? Slug { get; }

    TRecord ToRecord(string slug);
}
