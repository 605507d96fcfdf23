using NewsTreaty.Domain.Data;
using Npgsql;

namespace NewsTreaty.Web.Infrastructure.MultiHost;

/// <summary>"ChangeWatch" in appsettings: how this host hears of writes made by other hosts and the CLI (docs/deployment.md).</summary>
internal sealed class ChangeWatchSettings
{
    public const string Section = "ChangeWatch";

    public bool Enabled { get; set; } = true;

    /// <summary>How often the watch asks the database (SQLite: <c>PRAGMA data_version</c>; PostgreSQL: a heartbeat between notices).</summary>
    public int IntervalMilliseconds { get; set; } = 200;

    /// <summary>How long after the watch's last answer the read cache may still serve what it holds: the longest a record can be stale.</summary>
    public int LeaseMilliseconds { get; set; } = 1000;

    public TimeSpan Interval => TimeSpan.FromMilliseconds(Math.Max(10, IntervalMilliseconds));

    public TimeSpan Lease => TimeSpan.FromMilliseconds(Math.Max(2 * Math.Max(10, IntervalMilliseconds), LeaseMilliseconds));
}

internal static class ChangeWatch
{
    /// <summary>The channel the statement triggers of schema step 0012 notify at every commit that wrote published data.</summary>
    public const string Channel = "newstreaty_changes";

    public static void AddNewsTreatyChangeWatch(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ChangeWatchSettings>().BindConfiguration(ChangeWatchSettings.Section);
        builder.Services.AddHostedService<DatabaseWatch>();
    }

    /// <summary>
    /// Gives this process's PostgreSQL connections an application name of their own. The change triggers send it as
    /// the notice's payload, so the watch skips the notices of this process's own writes, which its DbContext has
    /// already announced, and the read cache keeps what it filled after them. An operator's name is kept in front.
    /// </summary>
    public static DatabaseSettings Identified(this DatabaseSettings settings)
    {
        if (settings.Provider != DatabaseProvider.PostgreSql)
        {
            return settings;
        }

        var builder = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        var prefix = builder.ApplicationName?.Trim() is { Length: > 0 } name && System.Text.Encoding.UTF8.GetByteCount(name) <= 40 ? name : "newstreaty";
        // PostgreSQL keeps 63 bytes of a name: the random part must survive that cut.
        builder.ApplicationName = $"{prefix} {Guid.NewGuid().ToString("N")[..16]}";
        return settings with { ConnectionString = builder.ConnectionString };
    }
}
