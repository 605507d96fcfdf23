using System.Collections.Concurrent;
using System.Collections.Frozen;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Domain.Querying;

/// <summary>
/// How many claims hold a set of words, estimated on PostgreSQL from the planner's own statistics: the frequencies
/// ANALYZE keeps for the most common lexemes of <c>claims_fts."Vector"</c> (up to 10,000 of them, schema step 0013)
/// and the table's row count. A word missing from that list is rarer than the rarest one kept. Read once and kept
/// for ten minutes; each search word's lexemes (the English stemmer's, as <c>to_tsquery</c> makes them) are asked
/// of the server once and remembered. One per host.
/// </summary>
public sealed class WordFrequencies(TimeProvider clock)
{
    private static readonly TimeSpan Fresh = TimeSpan.FromMinutes(10);
    private const int MaxRemembered = 50_000;

    private readonly ConcurrentDictionary<string, string[]> _lexemes = new(StringComparer.Ordinal);
    private Statistics? _statistics;

    /// <summary>
    /// An estimate of how many claims hold every term (words are assumed independent), or null when the server has
    /// no statistics yet (a table never analysed), when nothing can be said.
    /// </summary>
    public async Task<double?> ClaimsWithAllAsync(NewsTreatyDbContext db, IReadOnlyList<string> terms, CancellationToken ct)
    {
        var statistics = await StatisticsAsync(db, ct);
        if (statistics.Frequencies.Count == 0 || statistics.Rows <= 0)
        {
            return null;
        }

        var share = 1.0;
        foreach (var term in terms)
        {
            foreach (var lexeme in await LexemesAsync(db, term, ct))
            {
                share *= statistics.Frequencies.TryGetValue(lexeme, out var frequency) ? frequency : statistics.Rarest;
            }
        }

        return share * statistics.Rows;
    }

    private async Task<Statistics> StatisticsAsync(NewsTreatyDbContext db, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        if (_statistics is { } kept && now - kept.Read < Fresh)
        {
            return kept;
        }

        // most_common_elem_freqs ends with three summary values (minimum, maximum, share of nulls) past the lexemes;
        // unnest pairs them with null lexemes, which are dropped.
        var rows = await db.Database.SqlQueryRaw<LexemeFrequency>("""
            SELECT e.lexeme AS "Lexeme", e.frequency::float8 AS "Frequency"
            FROM pg_stats s, unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) AS e(lexeme, frequency)
            WHERE s.schemaname = current_schema() AND s.tablename = 'claims_fts' AND s.attname = 'Vector' AND e.lexeme IS NOT NULL
            """).ToListAsync(ct);
        var count = await db.Database.SqlQueryRaw<double>("""SELECT reltuples::float8 AS "Value" FROM pg_class WHERE oid = 'claims_fts'::regclass""").SingleAsync(ct);
        var frequencies = rows.ToFrozenDictionary(r => r.Lexeme, r => r.Frequency, StringComparer.Ordinal);
        var statistics = new Statistics(frequencies, frequencies.Count == 0 ? 1 : frequencies.Values.Min(), count, now);
        _statistics = statistics;
        return statistics;
    }

    private async Task<string[]> LexemesAsync(NewsTreatyDbContext db, string term, CancellationToken ct)
    {
        if (_lexemes.TryGetValue(term, out var known))
        {
            return known;
        }

        var lexemes = (await db.Database.SqlQueryRaw<string>("""SELECT unnest(tsvector_to_array(to_tsvector('english', {0}))) AS "Value" """, term).ToListAsync(ct)).ToArray();
        if (_lexemes.Count >= MaxRemembered)
        {
            _lexemes.Clear();
        }

        _lexemes[term] = lexemes;
        return lexemes;
    }

    private sealed record Statistics(FrozenDictionary<string, double> Frequencies, double Rarest, double Rows, DateTimeOffset Read);

    private sealed class LexemeFrequency
    {
        public string Lexeme { get; init; } = "";

        public double Frequency { get; init; }
    }
}
