using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Data.Schema;

namespace NewsTreaty.Domain.Data;

/// <summary>Start-up: bring the schema up to date and, on an empty database, load the curated treaty dataset.</summary>
public sealed class DatabaseInitializer(
    NewsTreatyDbContext db, SchemaMigrator migrator, BundleImporter importer, DatabaseSettings settings, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool seed, CancellationToken ct)
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // WAL lets readers carry on while a writer commits; the setting is stored in the file.
            await db.Database.OpenConnectionAsync(ct);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }

        await using var exclusive = await migrator.LockAsync(ct); // hosts starting together: one migrates and loads, the rest wait
        var version = await migrator.MigrateAsync(ct: ct);
        logger.LogInformation("Database {Database} is at schema version {Version}", settings.Describe(), version);
        if (await ClaimUpkeep.WriteLeftDeferredAsync(db, ct) is > 0 and var left)
        {
            logger.LogWarning("A write committed with claim words or statistics still deferred ({Rows} noted claims and marks); they are refreshed now", left);
        }

        if (!seed)
        {
            return;
        }

        if (await db.Articles.AnyAsync(ct) || await db.Actors.AnyAsync(ct))
        {
            logger.LogInformation("Database already holds data; the curated dataset is not loaded again");
            return;
        }

        logger.LogInformation("Empty database: loading the curated treaty dataset");
        var result = await importer.ImportAsync(BundleImporter.Parse(BundleExporter.ReadCuratedJson()), ct);
        logger.LogInformation("Loaded {Events} events, {Actors} actors, {Claims} claims from {Articles} articles",
            result.Events, result.Actors, result.Claims, result.Articles);
    }
}
