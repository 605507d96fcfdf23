using Microsoft.AspNetCore.Http;

namespace NewsTreaty.Api.Infrastructure;

/// <summary>
/// Paths outside /api and /embed that the read cache may also answer: the host's public reading pages, which look the
/// same to every anonymous reader. The host names them (options, configured where it maps its pages); the cache's
/// rules for what it stores (anonymous GET, status 200, no cookie set) and its eviction on every write apply to them.
/// </summary>
public sealed class ReadCachePages
{
    /// <summary>Exact paths, such as "/" for the home page.</summary>
    public HashSet<PathString> Paths { get; } = [];

    /// <summary>Path prefixes, matched by whole segments: "/claims" covers "/claims/some-slug", not "/claimsx".</summary>
    public List<PathString> Prefixes { get; } = [];

    internal bool Cover(PathString path) => Paths.Contains(path) || Prefixes.Exists(path.StartsWithSegments);
}
