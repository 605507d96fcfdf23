using System.Text;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Claims;

public sealed partial class ClaimQueries
{
    /// <summary>
    /// SQLite: claims with every term, newest first, from <c>claims_dated_fts</c> (schema step 0013), whose rowids put the
    /// newest first: a claim's first-seen minute counted down, shifted past 31 bits, then its id counted down. FTS5 reads
    /// the matches in rowid order and stops at the page; the claims of the last minute read may stand in another order by
    /// their exact date, so every match of that minute is read too and the whole is sorted by (first seen, id) as the
    /// general path sorts it. A word in a million claims costs what a word in a hundred does (the general path read every
    /// match into a temporary index first). Kind and status are checked on each match's claim row; a cursor bounds the
    /// minutes read and is then applied exactly.
    /// </summary>
    private async Task<List<Keyed>> NewestMatchesAsync(ClaimFilter f, IReadOnlyList<string> terms, (string Key, int Id)? after, int take, CancellationToken ct)
    {
        var conditions = new StringBuilder();
        var parameters = new List<(string Name, object Value)> { ("@words", FullText.Fts5Words(terms)), ("@take", take) };
        if (f.Kind is { } kind)
        {
            conditions.Append(""" AND c."Kind" = @kind""");
            parameters.Add(("@kind", kind.ToString()));
        }

        if (f.Status is { } status)
        {
            conditions.Append(""" AND c."Status" = @status""");
            parameters.Add(("@status", status.ToString()));
        }

        if (after is var (ticks, id))
        {
            // The minute as the stored dates' (unixepoch of the same text, as claims."WordsKey" of step 0014 computes it): no
            // claim seen before the cursor has a lower key.
            conditions.Append("""
                 AND d.rowid >= (4294967294 - (unixepoch(@seen) + 62135596800) / 60) << 31
                 AND (c."FirstSeenUtc" < @seen OR (c."FirstSeenUtc" = @seen AND c."Id" < @id))
                """);
            parameters.Add(("@seen", new DateTime(SortedCursor.Long(ticks), DateTimeKind.Utc)));
            parameters.Add(("@id", id));
        }

        var matches = $"""
            FROM "claims_dated_fts"(@words) AS d JOIN "claims" AS c ON c."Id" = 2147483647 - (d.rowid & 2147483647)
            WHERE 1 = 1{conditions}
            """;
        var sql = $"""
            SELECT c."Id", c."FirstSeenUtc" {matches}
            AND d.rowid < (((SELECT max(p.rowid) FROM (SELECT d.rowid {matches} ORDER BY d.rowid LIMIT @take) AS p) >> 31) + 1) << 31
            ORDER BY c."FirstSeenUtc" DESC, c."Id" DESC LIMIT @take
            """;
        await using var batch = await RecordBatch.ExecuteAsync(db, sql, parameters, ct);
        return await batch.ListAsync(r => new Keyed { Id = r.GetInt32(0), FirstSeen = r.GetDateTime(1) }, ct);
    }
}
