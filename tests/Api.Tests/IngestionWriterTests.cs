using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Editing;
using NewsTreaty.Domain.Ingestion;
using NewsTreaty.Domain.Ingestion.Review;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// How an ingestion reaches the database since it no longer goes through SaveChanges: the rows the reused insert
/// commands write, the errors they raise, and the slugs a batch gives its proposals. On both engines.
/// </summary>
public abstract class IngestionWriterTests(IngestHost host)
{
    private static readonly DateTime At = new DateTime(2026, 12, 2, 7, 1, 2, DateTimeKind.Utc).AddTicks(1_234_560);

    private static ArticleIngestion Ingestion(string rawSha256, bool withProposals = true)
    {
        var raw = new RawArticle("Dam opens\n\nThe dam opened on Monday, “on time”, officials said.\n", SourceFormat.Text,
            Url: "https://example.org/dam", OutletHint: "guardian", PublishedHint: null, FileName: "dam – ☂.txt");
        var ingestion = new ArticleIngestion(raw, rawSha256, new ArticleCleaner().Run(raw), "Dam opens: “on time”", "tester (Łódź)", At, "pipeline test");
        if (withProposals)
        {
            ingestion.Add(new Proposal(0, ProposalKind.Claim, new TextSpan(11, 35), new TextSpan(11, 35), 0.8765, "Claim by officials: “the dam opened”",
                "quoted speech", new KnownRecord(ResourceKind.Claim, 7, "dam-opened", null), "dam-opened-2", """{"new":{"slug":"dam-opened-2","text":"é ✓"}}"""));
            ingestion.Add(new Proposal(1, ProposalKind.Actor, null, null, 1.5, "New actor: Officials", null, null, null, "{}"));
            ingestion.Add(new Proposal(2, ProposalKind.Time, new TextSpan(25, 31), new TextSpan(25, 31), 0, "Monday", null,
                new KnownRecord(ResourceKind.Actor, 3, "kim-jong-un", "Q56226"), null, "[]"));

            // More than one statement's worth of rows on PostgreSQL (16 a statement) and a remainder.
            for (var n = 3; n < 21; n++)
            {
                ingestion.Add(new Proposal(n, ProposalKind.Event, null, null, n / 100.0, $"Event {n}", null, null, $"event-{n}", "{}"));
            }
        }

        return ingestion;
    }

    private static string Hash(string seed) => Hashing.Sha256Hex(seed + Guid.NewGuid());

    [SkippableFact]
    public async Task TheReusedInsertsWriteTheRowsSaveChangesWrites()
    {
        var (viaEf, viaInserts) = await host.WithDbAsync(async db =>
        {
            var ef = Ingestion(Hash("ef"));
            db.Ingestions.Add(ef);
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();

            var written = Ingestion(Hash("rows"));
            await using var transaction = await db.Database.BeginTransactionAsync();
            using (var ingestions = new RowInserter<ArticleIngestion>(db))
            using (var proposals = new RowInserter<Proposal>(db))
            {
                written.Stored(await ingestions.InsertAsync(written, default));
                await proposals.InsertAllAsync(written.Proposals, default);
            }

            await transaction.CommitAsync();
            return (ef.Id, written.Id);
        });

        Assert.NotEqual(viaEf, viaInserts);
        var ingestions = await RowsAsync("""SELECT * FROM ingestions WHERE "Id" = @id""", viaEf, viaInserts, "Id", "RawSha256");
        Assert.Equal(ingestions.Ef, ingestions.Inserted);
        var proposals = await RowsAsync("""SELECT * FROM proposals WHERE "IngestionId" = @id ORDER BY "Ordinal" """, viaEf, viaInserts, "Id", "IngestionId");
        Assert.Equal(21, proposals.Ef.Count);
        Assert.Equal(proposals.Ef, proposals.Inserted);

        // And EF reads the inserted ones back as it reads its own.
        var read = await host.WithDbAsync(db => db.Ingestions.AsNoTracking().Include(i => i.Proposals).SingleAsync(i => i.Id == viaInserts));
        Assert.Equal(At, read.SubmittedAt);
        Assert.Equal(DateTimeKind.Utc, read.SubmittedAt.Kind);
        Assert.Equal(["dam-opened-2", null, null, .. Enumerable.Range(3, 18).Select(n => $"event-{n}")], read.Proposals.OrderBy(p => p.Ordinal).Select(p => p.ProposedSlug));
        Assert.Equal(new KnownRecord(ResourceKind.Actor, 3, "kim-jong-un", "Q56226"), read.Proposals.Single(p => p.Ordinal == 2).Matched);
        Assert.Equal(ProposalStatus.Proposed, read.Proposals[0].Status);
    }

    [SkippableFact]
    public async Task AForbiddenCharacterIsRefusedByNameAndNothingIsWritten()
    {
        var before = await host.WithDbAsync(db => db.Ingestions.CountAsync());
        var ingestion = Ingestion(Hash("bell"), withProposals: false);
        ingestion.Add(new Proposal(0, ProposalKind.Actor, null, null, 1, "New actor: Bell\u0007", null, null, null, "{}"));

        var error = await Assert.ThrowsAsync<DomainException>(() => host.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            using var ingestions = new RowInserter<ArticleIngestion>(db);
            using var proposals = new RowInserter<Proposal>(db);
            ingestion.Stored(await ingestions.InsertAsync(ingestion, default));
            await proposals.InsertAllAsync(ingestion.Proposals, default);
            await transaction.CommitAsync();
            return 0;
        }));

        Assert.Contains("Proposal: Label", error.Message, StringComparison.Ordinal);
        Assert.Contains("U+0007", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, await host.WithDbAsync(db => db.Ingestions.CountAsync()));
    }

    [SkippableFact]
    public async Task TheSameRawHashTwiceIsTheUpdateErrorSaveChangesWouldRaise()
    {
        var hash = Hash("twice");
        await host.WithDbAsync(async db =>
        {
            using var ingestions = new RowInserter<ArticleIngestion>(db);
            return await ingestions.InsertAsync(Ingestion(hash, withProposals: false), default);
        });

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => host.WithDbAsync(async db =>
        {
            using var ingestions = new RowInserter<ArticleIngestion>(db);
            return await ingestions.InsertAsync(Ingestion(hash, withProposals: false), default);
        }));
        Assert.IsAssignableFrom<DbException>(error.InnerException);
        Assert.Equal(1, await host.WithDbAsync(db => db.Ingestions.CountAsync(i => i.RawSha256 == hash)));
    }

    [SkippableFact]
    public async Task ABatchGivesItsArticlesTheFirstFreeSlugsInTheOrderItStoresThem()
    {
        // Two articles already wait for review, from the API; then a batch of six that all want the same article and
        // actor slugs. The batch builds its proposals ahead of the writer, so it must reserve slugs in its own order.
        var marker = Guid.NewGuid().ToString("N")[..6];
        for (var i = 0; i < 2; i++)
        {
            await (await host.Editor.SendAsync(HttpMethod.Post, "/api/v1/ingest", new System.Text.Json.Nodes.JsonObject
            {
                ["text"] = Text($"{marker} before {i}"), ["outlet"] = "economist", ["published"] = "2024-07-02",
            })).ExpectAsync(System.Net.HttpStatusCode.Created);
        }

        var pendingBefore = (await PendingAsync()).Select(p => (p.Kind, p.ProposedSlug)).ToHashSet();
        var items = Enumerable.Range(0, 6).Select(i => new BatchItem($"run-{i}.txt",
            () => RawInput.FromText(Text($"{marker} batch {i}"), SourceFormat.Text, outlet: "economist", published: "2024-07-02", fileName: $"run-{i}.txt"))).ToList();
        IReadOnlyList<BatchOutcome> outcomes;
        await using (var scope = host.ScriptedServices.CreateAsyncScope())
        {
            outcomes = await scope.ServiceProvider.GetRequiredService<IngestionBatch>().RunAsync(items, "batch test", null, default);
        }

        Assert.All(outcomes, o => Assert.Equal(BatchResult.New, o.Result));
        var ids = outcomes.Select(o => o.Ingestion!.IngestionId).ToList();
        Assert.Equal(ids.Order(), ids);
        var pending = await PendingAsync();
        var batch = pending.Where(p => ids.Contains(p.IngestionId)).ToList();
        Assert.Equal(outcomes.Sum(o => o.Ingestion!.Proposals), await host.WithDbAsync(db => db.Proposals.CountAsync(p => ids.Contains(p.IngestionId))));
        Assert.Empty(batch.Where(b => pending.Count(p => p.Kind == b.Kind && p.ProposedSlug == b.ProposedSlug) > 1).Select(b => $"{b.Kind} {b.ProposedSlug}"));

        foreach (var kind in new[] { ProposalKind.Actor, ProposalKind.ArticleMetadata })
        {
            var given = ids.Select(id => batch.Single(p => p.IngestionId == id && p.Kind == kind && p.Label.Contains(kind == ProposalKind.Actor ? "Anna Berg" : "", StringComparison.Ordinal)).ProposedSlug).ToList();
            var stem = SuffixStem(given[0]!);
            var expected = Enumerable.Range(1, 100).Select(n => n == 1 ? stem : $"{stem}-{n}").Where(s => !pendingBefore.Contains((kind, s))).Take(6);
            Assert.Equal(expected, given);
        }
    }

    private static string Text(string marker) =>
        ScriptedPipeline.Article.Replace(ScriptedPipeline.Headline, $"{ScriptedPipeline.Headline}: {marker}", StringComparison.Ordinal);

    /// <summary>"anna-berg-7" → "anna-berg"; "anna-berg" → "anna-berg".</summary>
    private static string SuffixStem(string slug) => System.Text.RegularExpressions.Regex.Replace(slug, @"-\d+$", "");

    private Task<List<Proposal>> PendingAsync() => host.WithDbAsync(db => db.Proposals.AsNoTracking()
        .Where(p => p.ProposedSlug != null && (p.Status == ProposalStatus.Proposed || p.Status == ProposalStatus.Edited)).ToListAsync());

    /// <summary>Every column of the rows <paramref name="sql"/> reads for each id, as the engine returns them, without the named columns.</summary>
    private async Task<(List<List<(string, object)>> Ef, List<List<(string, object)>> Inserted)> RowsAsync(string sql, int ef, int inserted, params string[] without)
    {
        return (await ReadAsync(ef), await ReadAsync(inserted));

        Task<List<List<(string, object)>>> ReadAsync(int id) => host.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            try
            {
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                var parameter = command.CreateParameter();
                parameter.ParameterName = "@id";
                parameter.Value = id;
                command.Parameters.Add(parameter);
                await using var reader = await command.ExecuteReaderAsync();
                var rows = new List<List<(string, object)>>();
                while (await reader.ReadAsync())
                {
                    rows.Add([.. Enumerable.Range(0, reader.FieldCount).Where(i => !without.Contains(reader.GetName(i)))
                        .Select(i => (reader.GetName(i), reader.GetValue(i)))]);
                }

                return rows;
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }
        });
    }
}

public sealed class SqliteIngestionWriterTests(SqliteIngestHost host) : IngestionWriterTests(host), IClassFixture<SqliteIngestHost>;

[Trait("Database", "PostgreSQL")]
public sealed class PostgresIngestionWriterTests(PostgresIngestHost host) : IngestionWriterTests(host), IClassFixture<PostgresIngestHost>;
