namespace NewsTreaty.Domain.Data;

/// <summary>
/// SQLite: a bulk write indexes each claim's words once (schema step 0014). Between <see cref="DeferSql"/> and
/// <see cref="WriteDeferredSql"/>, inside one transaction, the word triggers only note the claims they would have
/// rewritten in <c>claims_fts</c> and <c>claims_dated_fts</c>; the second rewrites each noted claim once, with all of
/// its quotations, and ends the deferral. Nothing is deferred outside the transaction: the mark is a row that only the
/// transaction sees, and a rollback removes it. <see cref="ClaimUpkeep"/> runs them, and PostgreSQL's counterpart.
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
}
