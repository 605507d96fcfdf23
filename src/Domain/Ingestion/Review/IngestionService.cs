using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Domain.Ingestion.Review;

/// <summary>A submitted article after the pipeline: pure work, done in parallel by a batch before anything is stored.</summary>
public sealed record PreparedIngestion(SubmittedArticle Submitted, IngestionResult Result, string ContentHash)
{
    /// <summary>
    /// The proposals when they were built ahead of storing (<see cref="IngestionService.Propose"/>); null when the writer
    /// builds them. The writer keeps them unless a pending proposal in the database holds one of their slugs.
    /// </summary>
    public IReadOnlyList<Proposal>? Proposals { get; init; }

    /// <summary>The slugs they were built against: a batch shares one set, to which the writer adds what it stores.</summary>
    public TakenSlugs? Taken { get; init; }
}

/// <summary>The ingestion an article became: new, or the one the same content already made (<see cref="Created"/> false).</summary>
public sealed record IngestOutcome(int IngestionId, bool Created, string? DuplicateOf, string? KnownArticle, string? Recognition, AnchorReport? Anchors, int Proposals);

/// <summary>
/// Ingests one article: the same content twice is one ingestion; a known article gets its cleaned text (its stored
/// quotations re-anchored) and proposals only for what is new; otherwise the article and everything in it are
/// proposed. Each article is stored in one transaction: on any failure the database is as it was.
/// </summary>
public sealed class IngestionService(
    NewsTreatyDbContext db, KnowledgeSnapshotLoader loader, KnowledgeSnapshotCache cache, PipelineRunner pipeline,
    KnownArticleWriter writer, TimeProvider clock, ILogger<IngestionService> logger) : IDisposable
{
    // The ingestion and its proposals are written through commands reused across articles: EF's change tracker and a
    // freshly prepared statement per row were most of a batch's writing time (docs/performance.md, "The bulk path").
    private RowInserter<ArticleIngestion>? _ingestions;
    private RowInserter<Proposal>? _proposals;

    public Task<KnowledgeSnapshot> KnowledgeAsync(CancellationToken ct) => cache.GetAsync(loader, ct);

    /// <summary>
    /// The slugs new proposals may not take, for a batch: the snapshot's records and every slug a pending proposal holds
    /// now. A batch then reserves its own as it builds, so only a proposal made elsewhere while it runs makes the writer
    /// build an article again.
    /// </summary>
    public async Task<TakenSlugs> TakenSlugsAsync(KnowledgeSnapshot knowledge, CancellationToken ct)
    {
        var taken = new TakenSlugs(knowledge);
        taken.Pending(await PendingSlugsAsync(null, ct));
        return taken;
    }

    public async Task<IngestOutcome> IngestAsync(SubmittedArticle submitted, string actor, CancellationToken ct)
    {
        if (await FindAsync(submitted.RawSha256, null, ct) is { } same)
        {
            return same.Outcome with { DuplicateOf = "the same raw input" };
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

    /// <summary>
    /// Builds the proposals of an article the knowledge base does not hold (a known one's are built once its text is
    /// attached) and reserves their slugs in <paramref name="taken"/>. Touches no database. A batch calls it for one
    /// article at a time, in the order it stores them, so articles prepared side by side never want the same slug and
    /// the slugs do not depend on which thread finished first.
    /// </summary>
    public static PreparedIngestion Propose(PreparedIngestion prepared, KnowledgeSnapshot knowledge, TakenSlugs taken)
    {
        var submitted = prepared.Submitted;
        if (KnownArticles.Recognise(knowledge, submitted.Raw, submitted.RawSha256, prepared.Result) is not null)
        {
            return prepared with { Taken = taken };
        }

        var proposals = Build(prepared.Result, submitted, knowledge, known: null, taken);
        taken.Pending(Slugs(proposals));
        return prepared with { Proposals = proposals, Taken = taken };
    }

    public async Task<IngestOutcome> StoreAsync(PreparedIngestion prepared, KnowledgeSnapshot knowledge, string actor, CancellationToken ct)
    {
        var raw = prepared.Submitted;
        if (await FindAsync(raw.RawSha256, prepared.ContentHash, ct) is { } same)
        {
            return same.Outcome with { DuplicateOf = same.SameRaw ? "the same raw input" : "the same cleaned text" };
        }

        // Proposals built while preparing mean the snapshot holds no such article (the same snapshot is used here).
        var recognised = prepared.Proposals is null ? KnownArticles.Recognise(knowledge, raw.Raw, raw.RawSha256, prepared.Result) : null;
        var taken = prepared.Taken ?? new TakenSlugs(knowledge);
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
            foreach (var proposal in await BuildAsync(prepared, knowledge, known, taken, ct))
            {
                ingestion.Add(proposal);
            }

            if (known is not null)
            {
                ingestion.Recognise(known.Article.Id, known.Article.Slug, known.Recognition, ProposalPayloads.Write(anchors!));
            }

            // A known article's text went in through the change tracker (the record editor and its history).
            await db.SaveChangesAsync(ct);
            _ingestions ??= new RowInserter<ArticleIngestion>(db);
            _proposals ??= new RowInserter<Proposal>(db);
            ingestion.Stored(await _ingestions.InsertAsync(ingestion, ct));
            await _proposals.InsertAllAsync(ingestion.Proposals, ct);
            await transaction.CommitFinishedAsync();
            logger.LogInformation("Ingested {File} as ingestion {Id}: {Proposals} proposals{Known}", raw.Raw.FileName ?? "(posted)", ingestion.Id,
                ingestion.Proposals.Count, known is null ? "" : $", known article {known.Article.Slug} ({known.Recognition})");
            return new IngestOutcome(ingestion.Id, true, null, known?.Article.Slug, known?.Recognition, anchors, ingestion.Proposals.Count);
        }
        catch (DbUpdateException) when (!ct.IsCancellationRequested)
        {
            // Two submissions of the same document at the same moment: the unique raw hash lets one win; answer with it.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            if (await FindAsync(raw.RawSha256, null, ct) is { } winner)
            {
                return winner.Outcome with { DuplicateOf = "the same raw input, stored at the same moment" };
            }

            throw;
        }
        finally
        {
            db.ChangeTracker.Clear();
        }
    }

    /// <summary>Rounds of the clash check: twelve suffixes a slug, doubling, so about 12,000 pending proposals of one name.</summary>
    private const int MaxSlugRounds = 10;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>Builds the proposals, re-allocating any slug a pending proposal of another ingestion already claims.</summary>
    private async Task<IReadOnlyList<Proposal>> BuildAsync(PreparedIngestion prepared, KnowledgeSnapshot knowledge, KnownArticleContext? known, TakenSlugs taken, CancellationToken ct)
    {
        var proposals = known is null ? prepared.Proposals : null;
        for (var attempt = 0; ; attempt++)
        {
            if (proposals is null)
            {
                // Reserved at once: a batch builds later articles while this one is stored.
                proposals = Build(prepared.Result, prepared.Submitted, knowledge, known, taken);
                taken.Pending(Slugs(proposals));
            }

            var clashes = await PendingSlugsAsync([.. Slugs(proposals).Select(s => s.Slug).Distinct()], ct);
            if (clashes.Count == 0)
            {
                return proposals;
            }

            if (attempt == MaxSlugRounds)
            {
                logger.LogWarning("{File}: {Count} proposed slugs are still held by pending proposals after {Rounds} rounds; stored as they are, review them before accepting",
                    prepared.Submitted.Raw.FileName ?? "(posted)", clashes.Count, MaxSlugRounds);
                return proposals;
            }

            // The suffixes the allocator tries next after each clashing slug, asked for at once and twice as many each
            // round: a slug that pending proposals of many ingestions hold (a run of articles under one outlet, date and
            // headline, a new name in every story) is settled in a few rounds, not one per suffix. Fixed rounds of
            // twelve ran out past the thirty-sixth pending proposal and gave the next one a slug already held.
            logger.LogDebug("{File}: {Count} proposed slugs are held by pending proposals; building again", prepared.Submitted.Raw.FileName ?? "(posted)", clashes.Count);
            taken.Pending(clashes);
            taken.Pending(await PendingSlugsAsync([.. clashes.SelectMany(c => SlugAllocator.NextAfter(c.Slug, 12 << attempt)).Distinct()], ct));
            proposals = null;
        }
    }

    private static IEnumerable<(ProposalKind Kind, string Slug)> Slugs(IEnumerable<Proposal> proposals) =>
        proposals.Where(p => p.ProposedSlug is not null).Select(p => (p.Kind, p.ProposedSlug!));

    private static IReadOnlyList<Proposal> Build(IngestionResult result, SubmittedArticle submitted, KnowledgeSnapshot knowledge, KnownArticleContext? known, TakenSlugs taken) =>
        new ProposalBuilder(result, submitted.Raw, submitted.RawSha256, knowledge, known, new SlugAllocator(taken)).Build();

    /// <summary>
    /// The slugs pending proposals hold: those among <paramref name="slugs"/>, or all of them when it is null. One array
    /// parameter, not one parameter per slug: the statement is the same for every article and stays cached.
    /// </summary>
    private async Task<List<(ProposalKind Kind, string Slug)>> PendingSlugsAsync(List<string>? slugs, CancellationToken ct) =>
        (await db.Proposals.AsNoTracking()
            .Where(p => p.ProposedSlug != null && (slugs == null || EF.Parameter(slugs).Contains(p.ProposedSlug))
                        && (p.Status == ProposalStatus.Proposed || p.Status == ProposalStatus.Edited))
            .Select(p => new { p.Kind, p.ProposedSlug }).ToListAsync(ct))
        .Select(p => (p.Kind, p.ProposedSlug!)).ToList();

    /// <summary>
    /// The earliest ingestion of the same raw input or, when <paramref name="contentHash"/> is given, of the same cleaned
    /// text; the same raw input wins. One look-up for both kinds of duplicate.
    /// </summary>
    private async Task<(IngestOutcome Outcome, bool SameRaw)?> FindAsync(string rawSha256, string? contentHash, CancellationToken ct)
    {
        var found = await db.Ingestions.AsNoTracking()
            .Where(i => i.RawSha256 == rawSha256 || (contentHash != null && i.ContentHash == contentHash))
            .OrderBy(i => i.RawSha256 == rawSha256 ? 0 : 1).ThenBy(i => i.Id)
            .Select(i => new { Outcome = new IngestOutcome(i.Id, false, null, i.ArticleSlug, i.Recognition, null, i.Proposals.Count()), SameRaw = i.RawSha256 == rawSha256 })
            .FirstOrDefaultAsync(ct);
        return found is null ? null : (found.Outcome, found.SameRaw);
    }

    public void Dispose()
    {
        _ingestions?.Dispose();
        _proposals?.Dispose();
    }
}
