using Microsoft.EntityFrameworkCore;

namespace NewsTreaty.Domain.Data;

/// <summary>
/// SQLite: a bulk write indexes each claim's words once (schema step 0014). Between <see cref="DeferAsync"/> and
/// <see cref="WriteDeferredAsync"/>, inside one transaction, the word triggers only note the claims they would have
/// rewritten in <c>claims_fts</c> and <c>claims_dated_fts</c>; the second call rewrites each noted claim once, with
/// all of its quotations, and ends the deferral. Nothing is deferred outside the transaction: the mark is a row that
/// only the transaction sees, and a rollback removes it. PostgreSQL keeps its word vectors by other triggers and
/// needs neither call (both do nothing there).
/// </summary>
public static class ClaimWords
{
    /// <summary>Marks the current transaction: from here on its claims' words wait (SQLite; run inside a transaction).</summary>
    public const string DeferSql = """INSERT INTO "claim_words_deferred" ("Since") SELECT datetime('now') WHERE NOT EXISTS (SELECT 1 FROM "claim_words_deferred")""";

    /// <summary>
    /// Ends the deferral and writes the words of every noted claim once. The mark goes first, so the writes are not noted
    /// again. A claim deleted in the write has no words left to insert; one created in it had no rows to delete. In key
    /// order, FTS5 appends rather than inserts. CROSS JOIN keeps the noted claims the outer loop: the planner, knowing
    /// nothing of that small table, walked all the claims in id order instead (3.5 s a write at a million claims).
    /// </summary>
    public const string WriteDeferredSql = """
        DELETE FROM "claim_words_deferred";
        DELETE FROM "claims_fts" WHERE rowid IN (SELECT "ClaimId" FROM "claim_words_pending");
        DELETE FROM "claims_dated_fts" WHERE rowid IN (SELECT "IndexedKey" FROM "claim_words_pending" WHERE "IndexedKey" IS NOT NULL);
        INSERT INTO "claims_fts" (rowid, "text", "quotes")
        SELECT w."ClaimId", w."Text", w."Quotes" FROM "claim_words_pending" p CROSS JOIN "claim_words" w ON w."ClaimId" = p."ClaimId" ORDER BY p."ClaimId";
        INSERT INTO "claims_dated_fts" (rowid, "text", "quotes")
        SELECT w."WordsKey", w."Text", w."Quotes" FROM "claim_words_pending" p CROSS JOIN "claim_words" w ON w."ClaimId" = p."ClaimId" ORDER BY w."WordsKey";
        DELETE FROM "claim_words_pending";
        """;

    /// <summary>From here on in the current transaction, the claims' words wait for <see cref="WriteDeferredAsync"/>.</summary>
    internal static async Task DeferAsync(NewsTreatyDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Claim words are deferred only inside a transaction, which then writes them before it commits.");
        }

        await db.Database.ExecuteSqlRawAsync(DeferSql, ct);
    }

    /// <summary>
    /// Start-up: indexes the words of claims a committed write left noted, and ends a deferral it left marked (each
    /// bulk write ends its own; this is the net under a writer that did not). Returns how many noted claims and marks
    /// it found, 0 when there were none (the usual case: one short query).
    /// </summary>
    internal static async Task<int> WriteLeftDeferredAsync(NewsTreatyDbContext db, CancellationToken ct)
    {
        if (!db.Database.IsSqlite())
        {
            return 0;
        }

        var left = await db.Database.SqlQueryRaw<int>(
            """SELECT (SELECT count(*) FROM "claim_words_pending") + (SELECT count(*) FROM "claim_words_deferred") AS "Value" """).SingleAsync(ct);
        if (left > 0)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await WriteDeferredAsync(db, ct);
            await transaction.CommitAsync(ct);
        }

        return left;
    }

    /// <summary>
    /// Writes the words of every claim noted since <see cref="DeferAsync"/> (or left noted by a write that committed
    /// without this call), each claim once, and ends the deferral: one batch, nothing read back.
    /// </summary>
    internal static async Task WriteDeferredAsync(NewsTreatyDbContext db, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync(WriteDeferredSql, ct);
        }
    }
}
