using System.Data.Common;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Corpus;

/// <summary>Sizes of a synthetic corpus; the other counts follow the curated dataset's proportions unless given.</summary>
internal sealed record CorpusSize(int Claims, int Articles, int Actors, int Events, int Outlets, int Seed)
{
    public static CorpusSize For(int claims, int? articles, int? actors, int? events, int? outlets, int seed) => new(
        claims, articles ?? Math.Max(5, claims / 5), actors ?? Math.Max(32, claims / 20), events ?? Math.Max(28, claims / 50),
        outlets ?? Math.Clamp(claims / 5000, 6, 400), seed);
}

/// <summary>
/// Writes a synthetic corpus shaped like the real one, for load tests: claims per claimant, outlet and
/// event follow Zipf laws (a few leaders, wires and landmark events account for most of them), about a
/// third of claims appear in more than one article, one article in eight relays another outlet's
/// reporting, and coverage crowds into recent years. Rows go in with plain parameterised INSERTs in
/// large transactions; the full-text triggers of schema step 0003 index them as they land.
/// </summary>
internal sealed class SyntheticCorpus(NewsTreatyDbContext db, DataChanges changes, CorpusSize size, TextWriter progress)
{
    private static readonly string[] Topic =
        ["treaty", "missile", "artillery", "shells", "sanctions", "summit", "alliance", "Pyongyang", "Moscow", "Kremlin", "mutual", "assistance",
         "defence", "troops", "Ukraine", "Kursk", "nuclear", "satellite", "launch", "ballistic", "ammunition", "containers", "rail", "port",
         "Rason", "Vladivostok", "Security", "Council", "veto", "panel", "experts", "oil", "refined", "barrels", "workers", "wages", "debt",
         "rouble", "visit", "delegation", "partnership", "strategic", "comprehensive", "aggression", "attack", "intelligence", "drones"];

    private readonly Random _random = new(size.Seed);
    private readonly DateTime _now = DateTime.UtcNow;
    private string[] _words = [];
    private Zipf _vocabulary = null!;
    private DbConnection _connection = null!;
    private DbTransaction? _transaction;
    private bool _postgres;

    /// <summary>Puts back what the run switched off for its connection: PostgreSQL's triggers, SQLite's foreign keys.</summary>
    private const string TriggersOn = "SET session_replication_role = DEFAULT";
    private const string ForeignKeysOn = "PRAGMA foreign_keys = ON";

    public async Task RunAsync(CancellationToken ct)
    {
        _postgres = db.Database.IsNpgsql();
        _connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(ct);
        // Topic words take middling ranks, as in real reporting: frequent, but not on every line.
        var words = Enumerable.Range(0, 6000).Select(_ => Word()).ToList();
        for (var i = 0; i < Topic.Length; i++)
        {
            words.Insert(25 + (i * 11), Topic[i]);
        }

        _words = [.. words];
        _vocabulary = new Zipf(_words.Length, 1.05, _random);

        if (!_postgres)
        {
            await ExecuteAsync("PRAGMA foreign_keys = OFF", ct);
        }

        var triggersOff = _postgres && await TriggersOffAsync(ct);
        try
        {
            var outlets = await NextIdAsync("outlets", ct);
            var actors = await NextIdAsync("actors", ct);
            var events = await NextIdAsync("events", ct);
            var articles = await NextIdAsync("articles", ct);
            var claims = await NextIdAsync("claims", ct);
            var appearances = await NextIdAsync("appearances", ct);
            var tag = _random.Next(100000, 999999).ToString(CultureInfo.InvariantCulture);

            await BatchAsync("outlets", ["Id", "Name", "Country", "Kind", "StateAffiliated", "Homepage", "Slug", "Revision", "UpdatedAt"], size.Outlets, i =>
                [outlets + i, $"Outlet {Title()} {i}", Pick("GB", "US", "RU", "KR", "KP", "JP", "CN", "FR", "DE"), Pick("Newspaper", "Wire", "Broadcaster", "Magazine", "Journal"),
                 _random.NextDouble() < 0.15, null, $"syn-{tag}-outlet-{i}", 1, _now], ct);
            await BatchAsync("actors", ["Id", "Kind", "Name", "Description", "WikidataId", "Slug", "Revision", "UpdatedAt"], size.Actors, i =>
                [actors + i, Pick("Person", "Person", "Person", "State", "Organisation", "Media"), $"{Title()} {Title()}", Sentence(10, 20), null, $"syn-{tag}-actor-{i}", 1, _now], ct);
            await BatchAsync("actor_aliases", ["ActorId", "Name", "ValidFrom", "ValidTo", "Note"], size.Actors, i => [actors + i, $"{Title()} {i}", null, null, null], ct);

            var eventDays = new DateOnly[size.Events];
            await BatchAsync("events", ["Id", "Kind", "Title", "Summary", "Date", "EndDate", "StartsOn", "EndsOn", "Place", "Importance", "EraId", "Slug", "Revision", "UpdatedAt"], size.Events, i =>
            {
                var day = eventDays[i] = RecentDay();
                return [events + i, Pick("Summit", "StateVisit", "Sanctions", "ArmsTransfer", "Statement", "MilitaryAction", "UnVote"), Sentence(4, 9), Sentence(15, 30),
                    day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, day, day, Pick("Moscow", "Pyongyang", "Vladivostok", null), 1 + Math.Min(4, (int)(-Math.Log(1 - _random.NextDouble()) * 1.2)),
                    null, $"syn-{tag}-event-{i}", 1, _now];
            }, ct);
            await BatchAsync("event_actors", ["EventId", "ActorId", "Role"], size.Events, i => [events + i, actors + (i % size.Actors), "participant"], ct);

            var outletOf = new Zipf(size.Outlets, 1.0, _random);
            var published = new DateTime[size.Articles];
            await BatchAsync("articles",
                ["Id", "OutletId", "Headline", "PrintHeadline", "Standfirst", "Byline", "Genre", "Section", "Dateline", "Language", "CanonicalUrl", "Summary", "PublishedOn",
                 "PublishedTime", "TimeZone", "DateBasis", "DateNote", "PublishedUtc", "SourceName", "SourceSha256", "Text", "ContentHash", "Slug", "Revision", "UpdatedAt", "OriginOutletId"],
                size.Articles, i =>
                {
                    var outlet = outlets + outletOf.Next();
                    var relay = _random.NextDouble() < 0.125;
                    var day = RecentDay();
                    var utc = published[i] = day.ToDateTime(new TimeOnly(_random.Next(24), _random.Next(60)), DateTimeKind.Utc);
                    return [articles + i, outlet, Sentence(6, 14), null, Sentence(12, 25), null, Pick("News", "News", "News", "Analysis", "Opinion", "Editorial"), null, null, "en", null, null,
                        day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null, null, "Stated", null, utc, null, null, null, null, $"syn-{tag}-article-{i}", 1, _now,
                        relay ? outlets + outletOf.Next() : outlet];
                }, ct);
            await BatchAsync("event_articles", ["EventId", "ArticleId"], size.Articles / 3, i => [events + (i % size.Events), articles + i * 3], ct);

            // On SQLite, appearances go in before their claims so each claim's full-text row is written once,
            // with its quotations: foreign keys are off while generating and checked once at the end.
            // On PostgreSQL they follow their claims, and its triggers keep each claim's statistics as they go in.
            var claimantOf = new Zipf(size.Actors, 1.1, _random);
            var eventOf = new Zipf(size.Events, 0.9, _random);
            var nextAppearance = appearances;
            var perClaim = Enumerable.Range(0, size.Claims).Select(_ => _random.NextDouble() < 0.35 ? 2 + (int)(-Math.Log(1 - _random.NextDouble()) * 1.5) : 1).ToArray();
            var articleOf = new Zipf(size.Articles, 0.3, _random); // a busy article carries a few hundred claims, not thousands
            if (!_postgres)
            {
                await AppearancesAsync(claims, articles, perClaim, articleOf, () => nextAppearance++, ct);
            }

            await BatchAsync("claims", ["Id", "Text", "Kind", "Hedging", "ClaimantActorId", "ClaimantOutletId", "Status", "StatusNote", "Slug", "Revision", "UpdatedAt"], size.Claims, i =>
            {
                var byOutlet = _random.NextDouble() < 0.2;
                return [claims + i, Sentence(10, 28), Pick("FactualAssertion", "FactualAssertion", "ReportedSpeech", "DirectQuote", "Prediction", "Opinion"),
                    Pick("Asserted", "Asserted", "Asserted", "Believed", "Expected", "Speculated"), byOutlet ? null : actors + claimantOf.Next(), byOutlet ? outlets + outletOf.Next() : null,
                    _random.NextDouble() switch { < 0.85 => "Unreviewed", < 0.95 => "Confirmed", < 0.98 => "Disputed", < 0.99 => "False", _ => "Misleading" }, null,
                    $"syn-{tag}-claim-{i}", 1, _now];
            }, ct);
            if (_postgres)
            {
                await AppearancesAsync(claims, articles, perClaim, articleOf, () => nextAppearance++, ct);
            }
            else
            {
                // The appearances came first, when their claims' statistics (schema step 0006) had no row to go
                // to: compute them now, in one statement, before claim_subjects copies each claim's date. The new dates
                // move every claim in the date-ordered word index: once, in key order, at the end (schema step 0014).
                _transaction = await _connection.BeginTransactionAsync(ct);
                await ExecuteInTransactionAsync(ClaimWords.DeferSql, ct);
                await ExecuteInTransactionAsync(ClaimStatisticsFrom(claims), ct);
                await ExecuteInTransactionAsync(ClaimWords.WriteDeferredSql, ct);
                await CommitAsync(ct);
            }

            await BatchAsync("claim_subjects", ["ClaimId", "ActorId"], size.Claims, i => [claims + i, actors + claimantOf.Next()], ct);
            await BatchAsync("claim_events", ["ClaimId", "EventId"], size.Claims * 3 / 5, i => [claims + i, events + eventOf.Next()], ct);
            if (_postgres)
            {
                if (triggersOff)
                {
                    await RebuildDerivedAsync(claims, actors, events, articles, outlets, ct);
                }

                foreach (var table in new[] { "outlets", "actors", "actor_aliases", "events", "articles", "claims", "appearances" })
                {
                    await ExecuteAsync($"SELECT setval(pg_get_serial_sequence('{table}', 'Id'), (SELECT MAX(\"Id\") FROM {table}))", ct);
                }

            }
            else
            {
                await ExecuteAsync(ForeignKeysOn, ct);
                await using var check = _connection.CreateCommand();
                check.CommandText = "SELECT COUNT(*) FROM pragma_foreign_key_check";
                if (Convert.ToInt64(await check.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture) != 0)
                {
                    throw new InvalidOperationException("The generated corpus breaks a foreign key; this is a bug in the generator.");
                }

                // The triggers wrote each claim's date-ordered full-text row twice (at insert, then at its first-seen date):
                // merge that index into one segment, as schema step 0013 leaves it.
                await ExecuteAsync("""INSERT INTO "claims_dated_fts" ("claims_dated_fts") VALUES ('optimize')""", ct);
            }
        }
        catch
        {
            await RestoreSessionAsync(triggersOff);
            throw;
        }

        await ExecuteAsync("ANALYZE", ct);
        changes.Notify(); // plain ADO.NET transactions pass EF Core's interceptors by: say so, for a host's read cache
    }

    /// <summary>
    /// On PostgreSQL a superuser session loads with triggers (and the foreign keys they implement) switched off,
    /// then computes what the triggers would have written (claim statistics of step 0006, the first-seen copies of
    /// 0006 and 0008, the full-text rows of 0007) in a few set-based statements: a million claims in minutes
    /// rather than the better part of an hour of per-row triggers. The generator's rows are consistent by
    /// construction. Without superuser rights the triggers stay on and do the same work row by row.
    /// </summary>
    private async Task<bool> TriggersOffAsync(CancellationToken ct)
    {
        try
        {
            await ExecuteAsync("SET session_replication_role = replica", ct);
            return true;
        }
        catch (DbException e)
        {
            await progress.WriteLineAsync($"Triggers stay on ({e.Message.Trim()}): generating takes longer; run as a superuser to load faster.");
            return false;
        }
    }

    /// <summary>
    /// After a failure part-way, gives the connection back as it found it: it returns to the pool with its session
    /// (neither engine resets a pooled connection's settings), and a later write on it must not run with PostgreSQL's
    /// triggers or SQLite's foreign keys off.
    /// </summary>
    private async Task RestoreSessionAsync(bool triggersOff)
    {
        try
        {
            if (_transaction is not null)
            {
                await _transaction.DisposeAsync(); // rolls back what the failed batch had not committed
                _transaction = null;
            }

            if (triggersOff || !_postgres)
            {
                await ExecuteAsync(_postgres ? TriggersOn : ForeignKeysOn, CancellationToken.None);
            }
        }
        catch (DbException)
        {
            // A connection that cannot take the statement is broken, and the pool discards it; the first error is the one to report.
        }
    }

    /// <summary>
    /// Stores the statistics of schema steps 0006 and 0010 for claims from <paramref name="firstClaim"/> on, in one
    /// set-based statement that SQLite and PostgreSQL both read (the triggers' aggregate, restricted to the new
    /// claims): disputing appearances count towards the first-seen date but not towards corroboration.
    /// </summary>
    private static string ClaimStatisticsFrom(int firstClaim) => $"""
        UPDATE "claims" SET "FirstSeenUtc" = s."FirstSeen", "OutletCount" = s."Outlets", "OriginCount" = s."Origins"
        FROM (
            SELECT ap."ClaimId" AS "ClaimId", min(ar."PublishedUtc") AS "FirstSeen",
                   count(DISTINCT CASE WHEN ap."Role" <> 'Disputes' THEN ar."OutletId" END) AS "Outlets",
                   count(DISTINCT CASE WHEN ap."Role" <> 'Disputes' THEN coalesce(ar."OriginOutletId", ar."OutletId") END) AS "Origins"
            FROM "appearances" ap JOIN "articles" ar ON ar."Id" = ap."ArticleId" WHERE ap."ClaimId" >= {firstClaim} GROUP BY ap."ClaimId"
        ) AS s
        WHERE "claims"."Id" = s."ClaimId"
        """;

    private async Task RebuildDerivedAsync(int claims, int actors, int events, int articles, int outlets, CancellationToken ct)
    {
        var started = DateTime.UtcNow;
        string[] statements =
        [
            ClaimStatisticsFrom(claims),
            $"""UPDATE claim_subjects cs SET "FirstSeenUtc" = c."FirstSeenUtc" FROM claims c WHERE c."Id" = cs."ClaimId" AND cs."ClaimId" >= {claims}""",
            $"""UPDATE claim_events ce SET "FirstSeenUtc" = c."FirstSeenUtc" FROM claims c WHERE c."Id" = ce."ClaimId" AND ce."ClaimId" >= {claims}""",
            $"""
            INSERT INTO claims_fts ("Id", "Vector")
            SELECT c."Id", setweight(to_tsvector('english', c."Text"), 'A') || setweight(to_tsvector('english', coalesce(q.quotes, '')), 'B')
            FROM claims c LEFT JOIN (SELECT "ClaimId", string_agg("Quote", ' ') AS quotes FROM appearances WHERE "ClaimId" >= {claims} GROUP BY "ClaimId") q
                ON q."ClaimId" = c."Id"
            WHERE c."Id" >= {claims}
            """,
            $"""
            INSERT INTO actors_fts ("Id", "Vector")
            SELECT a."Id", setweight(to_tsvector('english', a."Name"), 'A') || setweight(to_tsvector('english', coalesce(l.names, '')), 'B')
            FROM actors a LEFT JOIN (SELECT "ActorId", string_agg("Name", ' ') AS names FROM actor_aliases GROUP BY "ActorId") l ON l."ActorId" = a."Id"
            WHERE a."Id" >= {actors}
            """,
            $"""
            INSERT INTO events_fts ("Id", "Vector")
            SELECT "Id", setweight(to_tsvector('english', "Title"), 'A') || setweight(to_tsvector('english', "Summary"), 'B') FROM events WHERE "Id" >= {events}
            """,
            $"""
            INSERT INTO articles_fts ("Id", "Vector")
            SELECT "Id", setweight(to_tsvector('english', "Headline"), 'A')
                || setweight(to_tsvector('english', coalesce("Standfirst", '') || ' ' || coalesce("Summary", '')), 'B')
            FROM articles WHERE "Id" >= {articles}
            """,
            $"""
            INSERT INTO outlets_fts ("Id", "Vector")
            SELECT "Id", setweight(to_tsvector('english', "Name"), 'A') || setweight(to_tsvector('english', coalesce("Homepage", '')), 'B')
            FROM outlets WHERE "Id" >= {outlets}
            """,
            TriggersOn,
        ];
        foreach (var sql in statements)
        {
            await ExecuteAsync(sql, ct);
        }

        await progress.WriteLineAsync($"statistics and full-text rows: computed in {(DateTime.UtcNow - started).TotalSeconds:N1} s");
    }

    private Task AppearancesAsync(int claims, int articles, int[] perClaim, Zipf articleOf, Func<int> nextId, CancellationToken ct)
    {
        var rows = perClaim.SelectMany((count, claim) => Enumerable.Range(0, count).Select(k => (claim, k))).ToList();
        return BatchAsync("appearances", ["Id", "ClaimId", "ArticleId", "Quote", "Start", "End", "Role"], rows.Count, i =>
        {
            var (claim, k) = rows[i];
            var quote = Sentence(8, 30);
            var start = _random.Next(0, 8000);
            return [nextId(), claims + claim, articles + articleOf.Next(), quote, start, start + quote.Length,
                k == 0 ? "Originates" : Pick("Reports", "Reports", "Relays", "Disputes")];
        }, ct);
    }

    private async Task<int> NextIdAsync(string table, CancellationToken ct)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = $"SELECT COALESCE(MAX(\"Id\"), 0) + 1 FROM {table}";
        return Convert.ToInt32(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
    }

    private async Task ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0; // a set-based pass over a million claims outlasts the 30 s default; ct still cancels it
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task BatchAsync(string table, string[] columns, int count, Func<int, object?[]> row, CancellationToken ct)
    {
        const int perTransaction = 20000;
        var started = DateTime.UtcNow;
        await using var command = _connection.CreateCommand();
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", columns.Select((_, i) => "@p" + i))})";
        var parameters = columns.Select((_, i) =>
        {
            var p = command.CreateParameter();
            p.ParameterName = "@p" + i;
            command.Parameters.Add(p);
            return p;
        }).ToArray();
        // SQLite: the claims' words are written once per transaction, in key order (schema step 0014). Written as each
        // claim came, the date-ordered index received its keys out of order, and FTS5 flushes its pending terms whenever
        // a key comes lower than the last: that made the claims the slowest table by far.
        var deferWords = !_postgres && table == "claims";
        for (var i = 0; i < count; i++)
        {
            if (i % perTransaction == 0)
            {
                await EndAsync();
                _transaction = await _connection.BeginTransactionAsync(ct);
                command.Transaction = _transaction;
                if (deferWords)
                {
                    await ExecuteInTransactionAsync(ClaimWords.DeferSql, ct);
                }
            }

            var values = row(i);
            for (var c = 0; c < values.Length; c++)
            {
                parameters[c].Value = values[c] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(ct);
        }

        await EndAsync();
        await progress.WriteLineAsync($"{table}: {count:N0} rows in {(DateTime.UtcNow - started).TotalSeconds:N1} s");

        async Task EndAsync()
        {
            if (deferWords && _transaction is not null)
            {
                await ExecuteInTransactionAsync(ClaimWords.WriteDeferredSql, ct);
            }

            await CommitAsync(ct);
        }
    }

    private async Task ExecuteInTransactionAsync(string sql, CancellationToken ct)
    {
        await using var command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(ct);
    }

    private async Task CommitAsync(CancellationToken ct)
    {
        if (_transaction is not null)
        {
            await _transaction.CommitAsync(ct);
            await _transaction.DisposeAsync();
            _transaction = null;
        }
    }

    /// <summary>Three quarters of coverage in 2022–2024, the rest back to 1961.</summary>
    private DateOnly RecentDay() => _random.NextDouble() < 0.75
        ? new DateOnly(2022, 1, 1).AddDays(_random.Next(365 * 3))
        : new DateOnly(1961, 1, 1).AddDays(_random.Next(365 * 61));

    private string? Pick(params string?[] values) => values[_random.Next(values.Length)];

    private string Title()
    {
        var w = Word();
        return char.ToUpperInvariant(w[0]) + w[1..];
    }

    private string Word()
    {
        const string consonants = "bcdfghjklmnprstvwyz";
        const string vowels = "aeiou";
        var word = new StringBuilder();
        for (var s = _random.Next(2, 4); s > 0; s--)
        {
            word.Append(consonants[_random.Next(consonants.Length)]).Append(vowels[_random.Next(vowels.Length)]);
        }

        return word.ToString();
    }

    private string Sentence(int min, int max)
    {
        var words = Enumerable.Range(0, _random.Next(min, max + 1)).Select(_ => _words[_vocabulary.Next()]);
        var text = string.Join(' ', words);
        return char.ToUpperInvariant(text[0]) + text[1..] + ".";
    }

    /// <summary>Draws 0..n-1 with probability proportional to 1/(k+1)^s.</summary>
    private sealed class Zipf(int n, double s, Random random)
    {
        private readonly double[] _cumulative = Cumulative(n, s);

        private static double[] Cumulative(int n, double s)
        {
            var c = new double[n];
            var sum = 0.0;
            for (var k = 0; k < n; k++)
            {
                sum += 1 / Math.Pow(k + 1, s);
                c[k] = sum;
            }

            return c;
        }

        public int Next()
        {
            var target = random.NextDouble() * _cumulative[^1];
            var index = Array.BinarySearch(_cumulative, target);
            return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
        }
    }
}
