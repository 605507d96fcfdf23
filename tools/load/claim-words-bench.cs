#:project ../../src/Domain/Domain.csproj
// The SQL cost of writing claims on SQLite, with the claims' words indexed at once or deferred to the end of the
// transaction (schema step 0014), measured on a copy of a generated corpus at schema version 14 or later:
//
//   dotnet run tools/load/claim-words-bench.cs -- DB CLAIMS QUOTATIONS ROUNDS
//
// Each round inserts CLAIMS claims with QUOTATIONS appearances each, as EF Core saves them (every claim, then every
// appearance, one prepared statement a row), in a transaction that is rolled back, so the file is left as it was.
// Rounds alternate: words at once, then deferred and written once per claim. The first two rounds warm the file's
// pages; compare the later ones. Nothing else writes to the file meanwhile.
using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using NewsTreaty.Domain.Data;

if (args.Length != 4)
{
    Console.Error.WriteLine("usage: dotnet run tools/load/claim-words-bench.cs -- DB CLAIMS QUOTATIONS ROUNDS");
    return 2;
}

var (file, claims, quotations, rounds) = (args[0], int.Parse(args[1], CultureInfo.InvariantCulture),
    int.Parse(args[2], CultureInfo.InvariantCulture), int.Parse(args[3], CultureInfo.InvariantCulture));
using var connection = new SqliteConnection($"Data Source={file}");
connection.Open();

long Scalar(string sql)
{
    using var command = connection.CreateCommand();
    command.CommandText = sql;
    return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
}

void Execute(string sql)
{
    using var command = connection.CreateCommand();
    command.CommandText = sql;
    command.ExecuteNonQuery();
}

var article = Scalar("""SELECT min("Id") FROM "articles" """);
var actor = Scalar("""SELECT min("Id") FROM "actors" """);
for (var round = 0; round < rounds; round++)
{
    var deferred = round % 2 == 1;
    var clock = Stopwatch.StartNew();
    using var transaction = connection.BeginTransaction();
    if (deferred)
    {
        Execute(ClaimWords.DeferSql);
    }

    var first = Scalar("""SELECT coalesce(max("Id"), 0) + 1 FROM "claims" """);
    using (var insert = connection.CreateCommand())
    {
        insert.CommandText = """
            INSERT INTO "claims" ("Text", "Kind", "Hedging", "ClaimantActorId", "Status", "Slug", "Revision", "UpdatedAt")
            VALUES ($text, 'FactualAssertion', 'Asserted', $actor, 'Unreviewed', $slug, 1, '2026-12-02 00:00:00') RETURNING "Id"
            """;
        var text = insert.Parameters.Add("$text", SqliteType.Text);
        var slug = insert.Parameters.Add("$slug", SqliteType.Text);
        insert.Parameters.AddWithValue("$actor", actor);
        for (var i = 0; i < claims; i++)
        {
            text.Value = $"A claim written by the bench, number {i} of round {round}, about the treaty";
            slug.Value = $"bench-{round}-{i}-{Guid.NewGuid():N}";
            insert.ExecuteScalar();
        }
    }

    using (var insert = connection.CreateCommand())
    {
        insert.CommandText = """
            INSERT INTO "appearances" ("ClaimId", "ArticleId", "Quote", "Start", "End", "Role")
            VALUES ($claim, $article, $quote, 0, 10, 'Reports') RETURNING "Id"
            """;
        var claim = insert.Parameters.Add("$claim", SqliteType.Integer);
        var quote = insert.Parameters.Add("$quote", SqliteType.Text);
        insert.Parameters.AddWithValue("$article", article);
        for (var i = 0; i < claims; i++)
        {
            for (var k = 0; k < quotations; k++)
            {
                claim.Value = first + i;
                quote.Value = $"Quotation {k} of claim {i}: the missile talks went on";
                insert.ExecuteScalar();
            }
        }
    }

    var written = clock.Elapsed.TotalMilliseconds;
    if (deferred)
    {
        Execute(ClaimWords.WriteDeferredSql);
    }

    var total = clock.Elapsed.TotalMilliseconds;
    transaction.Rollback();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"round {round}, words {(deferred ? "deferred" : "at once ")}: {total / claims:F3} ms a claim ({written / claims:F3} writing rows, {(total - written) / claims:F3} writing words after)"));
}

return 0;
