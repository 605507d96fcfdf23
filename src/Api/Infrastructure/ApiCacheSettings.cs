namespace NewsTreaty.Api.Infrastructure;

/// <summary>"ApiCache" in appsettings: the server-side cache of anonymous reads, documented in docs/api.md.</summary>
public sealed class ApiCacheSettings
{
    public const string Section = "ApiCache";

    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long an entry may be served. Writes made by this process evict at once; this bounds how long a write
    /// made by another process (the CLI's import, a second instance) can go unseen.
    /// </summary>
    public int Seconds { get; set; } = 60;

    /// <summary>Memory the cached bodies may take in all; the least recently used go first.</summary>
    public int SizeLimitMegabytes { get; set; } = 64;

    /// <summary>
    /// Store a response only when the same read (path, query and <c>Accept</c>) was asked for before, recently
    /// (<see cref="RecentReads"/>): the first ask is answered by the endpoint and not kept, the second is kept, the third
    /// is a hit. Off stores every response on its first ask, which long-tail traffic then pushes out unread. The OpenAPI
    /// document, costly to build, is stored on its first ask either way.
    /// </summary>
    public bool StoreOnSecondRequest { get; set; } = true;

    /// <summary>Larger responses (a whole export) are served but never cached. The timeline page of a large collection is about 1.1 MB.</summary>
    public int MaximumBodyKilobytes { get; set; } = 2048;
}
