using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Querying;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// On PostgreSQL the host's statements, and those its triggers run, are planned once per connection, not on every call:
/// parsing and planning afresh was half of the server's CPU for a claim created through the API.
/// </summary>
[Trait("Database", "PostgreSQL")]
public sealed class PostgresPreparedStatementTests
{
    [SkippableFact]
    public async Task TheHostsConnectionsKeepAStatementPreparedOnceItIsUsedAgainAndAgain()
    {
        using var database = await TestDatabase.NewPostgresAsync();
        await using var factory = new NewsTreatyFactory(database);
        var (before, after, slugs) = await factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            var before = await PreparedOnClaimsAsync(db);
            var slugs = new List<string?>();
            for (var i = 0; i < 8; i++)
            {
                slugs.Add(await db.Claims.AsNoTracking().Where(c => c.Id > i).OrderBy(c => c.Id).Select(c => c.Slug).FirstOrDefaultAsync());
            }

            return (before, await PreparedOnClaimsAsync(db), slugs);
        });

        Assert.Equal(0, before);
        Assert.Equal(1, after);
        Assert.All(slugs, Assert.NotNull);
    }

    [SkippableFact]
    public async Task AWordSearchIsPreparedWithItsWordsWrittenInSoItsPlanKnowsThem()
    {
        using var database = await TestDatabase.NewPostgresAsync();
        await using var factory = new NewsTreatyFactory(database);
        var (searches, found) = await factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            var found = new List<int>();
            for (var i = 0; i < 8; i++)
            {
                found.Add((await FullText.Claims(db, ["treaty"]).OrderByDescending(h => h.Rank).ThenBy(h => h.Id).Take(5).ToListAsync()).Count);
            }

            return (await db.Database.SqlQueryRaw<string>(
                "SELECT statement AS \"Value\" FROM pg_prepared_statements WHERE statement LIKE '%to_tsquery%'").ToListAsync(), found);
        });

        Assert.All(found, count => Assert.Equal(5, count));
        var search = Assert.Single(searches);
        Assert.Contains("to_tsquery('english', 'treaty')", search, StringComparison.Ordinal);
        Assert.DoesNotContain("to_tsquery('english', $", search, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task NoFunctionOfTheSchemaIsWrittenInSqlWhichPostgresPlansAgainOnEveryCallFromATrigger()
    {
        using var database = await TestDatabase.NewPostgresAsync();
        await using var factory = new NewsTreatyFactory(database);
        var functions = await factory.WithDbAsync(db => db.Database.SqlQueryRaw<string>("""
            SELECT l.lanname || ' ' || p.proname AS "Value" FROM pg_proc p JOIN pg_language l ON l.oid = p.prolang
            JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = current_schema()
            """).ToListAsync());
        var sql = functions.Where(f => f.StartsWith("sql ", StringComparison.Ordinal)).ToList();
        var plpgsql = functions.Where(f => f.StartsWith("plpgsql ", StringComparison.Ordinal)).Select(f => f["plpgsql ".Length..]).ToList();

        Assert.True(sql.Count == 0, "schema functions in LANGUAGE sql (use plpgsql, which keeps its plans): " + string.Join(", ", sql));
        Assert.Contains("claim_stats_refresh", plpgsql);
        Assert.Contains("claims_fts_refresh", plpgsql);
        Assert.Contains("actors_fts_refresh", plpgsql);
    }

    [SkippableFact]
    public async Task TheClaimStatisticsFunctionKeepsOneGenericPlanAndStillCountsRight()
    {
        using var database = await TestDatabase.NewPostgresAsync();
        await using var factory = new NewsTreatyFactory(database);
        var (settings, wrong, counted) = await factory.WithDbAsync(async db =>
        {
            var settings = await db.Database.SqlQueryRaw<string>("""
                SELECT array_to_string(p.proconfig, ',') AS "Value" FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                WHERE n.nspname = current_schema() AND p.proname = 'claim_stats_refresh'
                """).SingleAsync();
            // Every claim's counts zeroed, refreshed one claim at a time with the generic plan, then compared with a recount.
            await db.Database.ExecuteSqlRawAsync("""
                UPDATE claims SET "OutletCount" = 0, "OriginCount" = 0;
                SELECT count(claim_stats_refresh(ARRAY["Id"])) FROM claims;
                """);
            var wrong = await db.Database.SqlQueryRaw<int>("""
                SELECT count(*)::int AS "Value" FROM claims c
                WHERE c."OutletCount" <> (SELECT count(DISTINCT ar."OutletId") FROM appearances ap
                    JOIN articles ar ON ar."Id" = ap."ArticleId" WHERE ap."ClaimId" = c."Id" AND ap."Role" <> 'Disputes')
                """).SingleAsync();
            var counted = await db.Claims.CountAsync(c => c.OutletCount > 0);
            return (settings, wrong, counted);
        });

        Assert.Equal("plan_cache_mode=force_generic_plan", settings);
        Assert.Equal(0, wrong);
        Assert.True(counted > 0, "the refresh counted outlets again");
    }

    /// <summary>How many statements over the claims table this connection holds prepared, automatically or not.</summary>
    private static Task<int> PreparedOnClaimsAsync(NewsTreatyDbContext db) =>
        db.Database.SqlQueryRaw<int>("""SELECT count(*)::int AS "Value" FROM pg_prepared_statements WHERE statement LIKE '%FROM claims AS c%'""").SingleAsync();
}
