using Microsoft.EntityFrameworkCore;

namespace NewsTreaty.Domain.Data;

/// <summary>
/// What the database derives from a claim's rows, kept by triggers, refreshed once per claim in a bulk write instead of
/// once per written row. Between <see cref="DeferAsync"/> and <see cref="WriteDeferredAsync"/>, inside one transaction,
/// the triggers only note which claims they would have refreshed; the second call refreshes each noted claim once and
/// ends the deferral.
/// <list type="bullet">
/// <item>SQLite (schema step 0014, <see cref="ClaimWords"/>): the two FTS5 indexes of the claims' words. Its statistics
/// triggers run in-process and stay immediate.</item>
/// <item>PostgreSQL (step 0016): the stored statistics (first seen, outlets, independent origins) and the word vector
/// of each claim. The mark is a transaction-local setting, so it ends with the transaction whichever way it ends.</item>
/// </list>
/// Outside the deferral every trigger refreshes at once, as for any other writer.
/// </summary>
public static class ClaimUpkeep
{
    private const string PostgresDeferSql = "SELECT set_config('newstreaty.claim_upkeep_deferred', 'on', true)";
    private const string PostgresWriteDeferredSql = "SELECT claim_upkeep_write()";

    /// <summary>
    /// Marks the current transaction, when deferring pays: from here on its claims' derived data wait (run inside a
    /// transaction). On PostgreSQL the mark and the refresh are two more round trips, so a write of one claim or article
    /// (<paramref name="records"/>, an editor's single record) refreshes at once, as before; in-process SQLite always
    /// defers. Returns whether it deferred: then call <see cref="WriteDeferredAsync"/> before committing.
    /// </summary>
    internal static async Task<bool> DeferAsync(NewsTreatyDbContext db, int records, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Claim upkeep is deferred only inside a transaction, which then writes it before it commits.");
        }

        var sqlite = db.Database.IsSqlite();
        if (!sqlite && records <= 1)
        {
            return false;
        }

        await db.Database.ExecuteSqlRawAsync(sqlite ? ClaimWords.DeferSql : PostgresDeferSql, ct);
        return true;
    }

    /// <summary>
    /// Refreshes every claim noted since <see cref="DeferAsync"/> (or left noted by a write that committed without this
    /// call), each claim once, and ends the deferral: one statement batch, nothing read back.
    /// </summary>
    internal static async Task WriteDeferredAsync(NewsTreatyDbContext db, CancellationToken ct) =>
        await db.Database.ExecuteSqlRawAsync(db.Database.IsSqlite() ? ClaimWords.WriteDeferredSql : PostgresWriteDeferredSql, ct);

    /// <summary>
    /// Start-up: refreshes the claims a committed write left noted, and ends a deferral it left marked (each bulk write
    /// ends its own; this is the net under a writer that did not). Returns how many noted claims and marks it found, 0
    /// when there were none (the usual case: one short query).
    /// </summary>
    internal static async Task<int> WriteLeftDeferredAsync(NewsTreatyDbContext db, CancellationToken ct)
    {
        var left = await db.Database.SqlQueryRaw<int>(db.Database.IsSqlite()
            ? """SELECT (SELECT count(*) FROM "claim_words_pending") + (SELECT count(*) FROM "claim_words_deferred") AS "Value" """
            : """SELECT count(*)::integer AS "Value" FROM claim_upkeep_pending""").SingleAsync(ct);
        if (left > 0)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await WriteDeferredAsync(db, ct);
            await transaction.CommitAsync(ct);
        }

        return left;
    }
}
