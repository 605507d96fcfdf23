using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Domain.Ingestion.Review;

/// <summary>A submitted article after the pipeline: pure work, done in parallel by a batch before anything is stored.</summary>
public sealed record PreparedIngestion(SubmittedArticle Submitted, IngestionResult Result, string ContentHash);

/// <summary>The ingestion an article became: new, or the one the same content already made (<see cref="Created"/> false).</summary>
public sealed record IngestOutcome(int IngestionId, bool Created, string? DuplicateOf, string? KnownArticle, string? Recognition, AnchorReport? Anchors, int Proposals);

/// <summary>
/// Ingests one article: the same content twice is one ingestion; a known article gets its cleaned text (its stored
/// quotations re-anchored) and proposals only for what is new; otherwise the article and everything in it are
/// proposed. Each article is stored in one transaction: on any failure the database is as it was.
/// </summary>
public sealed class IngestionService(
    NewsTreatyDbContext db, KnowledgeSnapshotLoader loader, KnowledgeSnapshotCache cache, PipelineRunner pipeline,
    KnownArticleWriter writer, TimeProvider clock, ILogger<IngestionService> logger)
{
    public Task<KnowledgeSnapshot> KnowledgeAsync(CancellationToken ct) => cache.GetAsync(loader, ct);

    public async Task<IngestOutcome> IngestAsync(SubmittedArticle submitted, string actor, CancellationToken ct)
    {
        if (await FindAsync(i => i.RawSha256 == submitted.RawSha256, ct) is { } same)
        {
            return same with { DuplicateOf = "the same raw input" };
        }

        var knowledge = await KnowledgeAsync(ct);
        return await StoreAsync(Prepare(submitted, knowledge), knowledge, actor, ct);
    }

    /// <summary>Runs the pipeline; touches no database, so a batch may call it from several threads.</summary>
    public PreparedIngestion Prepare(SubmittedArticle submitted, KnowledgeSnapshot knowledge)
    {
        var result = pipeline(submitted.Raw, knowledge);
        if (string.IsNullOrWhiteSpace(result.Article.Text))
        {
            throw new IngestionInputException(422, "No article text found",
                "Nothing was left after removing page furniture: send the page's HTML or the article's own text.");
        }

        return new PreparedIngestion(submitted, result, Hashing.Sha256Hex(result.Article.Text));
    }

    public async Task<IngestOutcome> StoreAsync(PreparedIngestion prepared, KnowledgeSnapshot knowledge, string actor, CancellationToken ct)
    {
        var raw = prepared.Submitted;
        if (await FindAsync(i => i.RawSha256 == raw.RawSha256, ct) is { } sameRaw)
        {
            return sameRaw with { DuplicateOf = "the same raw input" };
        }

        if (await FindAsync(i => i.ContentHash == prepared.ContentHash, ct) is { } sameText)
        {
            return sameText with { DuplicateOf = "the same cleaned text" };
        }

        var recognised = KnownArticles.Recognise(knowledge, raw.Raw, raw.RawSha256, prepared.Result);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            KnownArticleContext? known = null;
            AnchorReport? anchors = null;
            if (recognised is { } match)
            {
                (known, anchors) = await writer.AttachAsync(match.Article, match.How, prepared, actor, ct);
            }

            var ingestion = new ArticleIngestion(raw.Raw, raw.RawSha256, prepared.Result.Article,
                known?.Article.Headline ?? prepared.Result.Metadata.Headline?.Value ?? prepared.Result.Article.Title, actor, Now, IngestionVersion.Current);
            foreach (var proposal in await BuildAsync(prepared, knowledge, known, ct))
            {
                ingestion.Add(proposal);
            }

            if (known is not null)
            {
                ingestion.Recognise(known.Article.Id, known.Article.Slug, known.Recognition, ProposalPayloads.Write(anchors!));
            }

            db.Ingestions.Add(ingestion);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            logger.LogInformation("Ingested {File} as ingestion {Id}: {Proposals} proposals{Known}", raw.Raw.FileName ?? "(posted)", ingestion.Id,
                ingestion.Proposals.Count, known is null ? "" : $", known article {known.Article.Slug} ({known.Recognition})");
            return new IngestOutcome(ingestion.Id, true, null, known?.Article.Slug, known?.Recognition, anchors, ingestion.Proposals.Count);
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            // Two submissions of the same document at the same moment: the unique raw hash lets one win; answer with it.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            if (await FindAsync(i => i.RawSha256 == raw.RawSha256, ct) is { } winner)
            {
                return winner with { DuplicateOf = "the same raw input, stored at the same moment" };
            }

            throw;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Builds the proposals, re-allocating any slug a pending proposal of another ingestion already claims.</summary>
    private async Task<IReadOnlyList<Proposal>> BuildAsync(PreparedIngestion prepared, KnowledgeSnapshot knowledge, KnownArticleContext? known, CancellationToken ct)
    {
        var taken = TakenSlugs(knowledge);
        for (var attempt = 0; ; attempt++)
        {
            var slugs = new SlugAllocator((kind, slug) => taken.Contains((kind, slug)));
            var proposals = new ProposalBuilder(prepared.Result, prepared.Submitted.Raw, prepared.Submitted.RawSha256, knowledge, known, slugs).Build();
            var wanted = proposals.Where(p => p.ProposedSlug is not null).Select(p => p.ProposedSlug!).Distinct().ToList();
            var clashes = await PendingSlugsAsync(wanted, ct);
            if (clashes.Count == 0 || attempt == 3)
            {
                return proposals;
            }

            // The suffixes the allocator tries next after each clashing slug, asked for at once: a slug that pending
            // proposals of many ingestions hold (a run of articles under one outlet, date and headline) is settled by
            // the next build, not one round per suffix (that ran out of rounds at the fifth article and gave it a
            // slug the fourth held).
            taken.UnionWith(clashes);
            taken.UnionWith(await PendingSlugsAsync([.. clashes.SelectMany(c => SlugAllocator.NextAfter(c.Slug, 12)).Distinct()], ct));
        }
    }

    private async Task<List<(ProposalKind Kind, string Slug)>> PendingSlugsAsync(List<string> slugs, CancellationToken ct) =>
        (await db.Proposals.AsNoTracking()
            .Where(p => p.ProposedSlug != null && slugs.Contains(p.ProposedSlug) && (p.Status == ProposalStatus.Proposed || p.Status == ProposalStatus.Edited))
            .Select(p => new { p.Kind, p.ProposedSlug }).ToListAsync(ct))
        .Select(p => (p.Kind, p.ProposedSlug!)).ToList();

    private static HashSet<(ProposalKind, string)> TakenSlugs(KnowledgeSnapshot knowledge) =>
    [
        .. knowledge.Actors.Select(a => (ProposalKind.Actor, a.Slug)),
        .. knowledge.Articles.Select(a => (ProposalKind.ArticleMetadata, a.Slug)),
        .. knowledge.Events.Select(e => (ProposalKind.Event, e.Slug)),
        .. knowledge.Claims.Select(c => (ProposalKind.Claim, c.Slug)),
    ];

    private async Task<IngestOutcome?> FindAsync(System.Linq.Expressions.Expression<Func<ArticleIngestion, bool>> where, CancellationToken ct) =>
        await db.Ingestions.AsNoTracking().Where(where).OrderBy(i => i.Id)
            .Select(i => new IngestOutcome(i.Id, false, null, i.ArticleSlug, i.Recognition, null, i.Proposals.Count()))
            .FirstOrDefaultAsync(ct);
}
