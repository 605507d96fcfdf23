namespace NewsTreaty.Domain.Ingestion;

public enum SourceFormat
{
    Text,
    Html,
}

/// <summary>
/// An article as it arrives: pasted, posted or read from a file, page furniture and all. The hints are what the
/// caller knows for sure (the URL it fetched, the outlet it subscribes to); the pipeline prefers the article's
/// own evidence and records where each value came from.
/// </summary>
public sealed record RawArticle(
    string Content,
    SourceFormat Format,
    string? Url = null,
    string? OutletHint = null,
    string? PublishedHint = null,
    string? FileName = null);
