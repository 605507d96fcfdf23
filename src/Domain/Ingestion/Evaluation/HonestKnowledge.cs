using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Data.Schema;

namespace NewsTreaty.Domain.Ingestion.Evaluation;

/// <summary>
/// The knowledge an honest evaluation gives the pipeline for one seed article: the curated bundle as a newsroom
/// would hold it after ingesting the seeds (the other articles with their cleaned texts), minus what would give
/// the answer away — the article itself (else "recognise the known article" is all there is to do) and its
/// quotations (a claim evidenced only by it is dropped; one also quoted elsewhere keeps its other quotations).
/// Actors, outlets and the timeline stay: they are the prior knowledge a gazetteer is for. See docs/extraction.md.
/// </summary>
public static class HonestKnowledge
{
    /// <summary>The whole bundle as the database loader would read it, from an in-memory database.</summary>
    public static async Task<KnowledgeSnapshot> FromBundleAsync(Bundle bundle, CancellationToken ct)
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync(ct);
        SqliteRanking.Register(connection);
        var options = new DbContextOptionsBuilder<NewsTreatyDbContext>().UseSqlite(connection).Options;
        await using var db = new NewsTreatyDbContext(options);
        await new SchemaMigrator(db, TimeProvider.System, NullLogger<SchemaMigrator>.Instance).MigrateAsync(ct: ct);
        await new BundleImporter(db, TimeProvider.System, NullLogger<BundleImporter>.Instance).ImportAsync(bundle, ct);
        db.ChangeTracker.Clear();
        return await new KnowledgeSnapshotLoader(db).LoadAsync(ct);
    }

    /// <summary>
    /// <paramref name="full"/> without the article whose source is <paramref name="heldOut"/> (file name or SHA-256) and its
    /// quotations; the other seed articles carry the cleaned texts in <paramref name="texts"/> (by source file name).
    /// </summary>
    public static KnowledgeSnapshot Without(KnowledgeSnapshot full, Bundle bundle, string heldOut, IReadOnlyDictionary<string, string> texts)
    {
        var held = bundle.Articles.FirstOrDefault(a => a.Source is { } s && (s.Name == heldOut || string.Equals(s.Sha256, heldOut, StringComparison.OrdinalIgnoreCase)));
        var articles = full.Articles.Where(a => a.Slug != held?.Slug).Select(a =>
        {
            var source = bundle.Articles.FirstOrDefault(b => b.Slug == a.Slug)?.Source?.Name;
            return source is not null && texts.TryGetValue(source, out var text) ? a with { Text = text, ContentHash = Hashing.Sha256Hex(text) } : a;
        }).ToList();
        var claims = new List<KnownClaim>();
        foreach (var claim in full.Claims)
        {
            var quotes = bundle.Claims.FirstOrDefault(c => c.Slug == claim.Slug)?.Appearances?.Where(a => a.Article != held?.Slug).Select(a => a.Quote).ToList()
                         ?? [.. claim.Quotes];
            if (quotes.Count > 0)
            {
                claims.Add(claim with { Quotes = quotes });
            }
        }

        return full with { Articles = articles, Claims = claims };
    }
}
