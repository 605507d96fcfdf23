namespace NewsTreaty.Api.Infrastructure;

/// <summary>"ApiLimits" in appsettings: request sizes and rate limits, documented in docs/api-writes.md.</summary>
public sealed class ApiLimitSettings
{
    public const string Section = "ApiLimits";

    /// <summary>Largest body accepted when writing one record.</summary>
    public long RecordBodyBytes { get; set; } = 1024 * 1024;

    /// <summary>Largest body accepted by POST /api/v1/import.</summary>
    public long ImportBodyBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>Largest body accepted by POST /api/v1/ingest (a whole web page, furniture and all).</summary>
    public long IngestBodyBytes { get; set; } = 8 * 1024 * 1024;

    public bool RateLimitingEnabled { get; set; } = true;

    /// <summary>Requests per window for a client without a key, counted per IP address.</summary>
    public int AnonymousPermitLimit { get; set; } = 300;

    /// <summary>Requests per window for a client with a valid key, counted per key.</summary>
    public int KeyedPermitLimit { get; set; } = 3000;

    public int WindowSeconds { get; set; } = 60;
}
