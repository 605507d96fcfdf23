using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Editing;

namespace NewsTreaty.Domain.Ingestion.Review;

/// <summary>
/// What accepting each kind of proposal writes, always through <see cref="RecordEditor"/> and <see cref="ClaimEditor"/>
/// (so through the write API's rules and revision history): a new article with its text, actor, event or claim; an
/// appearance added to a known claim; an article linked to a known event; a syndication or relay relation.
/// Confirming a known actor or a time expression writes nothing. Field errors are reported under "payload.".
/// </summary>
public sealed class ProposalWrites(NewsTreatyDbContext db, RecordEditor editor, ClaimEditor claims, BundleImporter importer)
{
    internal async Task<string> ApplyAsync(ReviewRun run, ProposalState proposal, CancellationToken ct)
    {
        var payload = ProposalPayloads.Parse(proposal.Kind, proposal.Payload);
        return payload switch
        {
            ArticlePayload article => await ArticleAsync(run, article, ct),
            ActorPayload actor => await ActorAsync(run, actor, ct),
            TimePayload time => $"confirmed {time.Date ?? "an unresolved time"}",
            BundleClaim claim => await ClaimAsync(run, claim, ct),
            ClaimMatchPayload match => await ClaimMatchAsync(run, match, ct),
            EventPayload @event => await EventAsync(run, @event, ct),
            ArticleMatchPayload match => await ArticleMatchAsync(run, match, ct),
            _ => throw new InvalidOperationException($"No acceptance for {payload.GetType().Name}."),
        };
    }

    private async Task<string> ArticleAsync(ReviewRun run, ArticlePayload payload, CancellationToken ct)
    {
        var article = payload.Article;
        if (string.IsNullOrWhiteSpace(article.Outlet))
        {
            throw ProposalPayloads.Rejected("payload.article.outlet", "Name the outlet: a known outlet's slug, or describe a new one in 'newOutlet'.");
        }

        if (string.IsNullOrWhiteSpace(article.Published?.Date))
        {
            throw ProposalPayloads.Rejected("payload.article.published.date", "The article has no publication date: set one (YYYY, YYYY-MM or YYYY-MM-DD) before accepting.");
        }

        if (!await db.Outlets.AnyAsync(o => o.Slug == article.Outlet, ct))
        {
            if (payload.NewOutlet is not { } outlet || outlet.Slug != article.Outlet)
            {
                throw ProposalPayloads.Rejected("payload.article.outlet", $"No outlet has the slug '{article.Outlet}': use a known outlet's slug, or describe it in 'newOutlet'.");
            }

            try
            {
                await importer.ImportAsync(new Bundle { Outlets = [outlet] }, ct);
            }
            catch (BundleException ex)
            {
                throw ProposalPayloads.Rejected("payload.newOutlet", string.Join(" ", ex.Problems.Select(p => p.Message)));
            }
        }

        var created = await Prefixed("payload.article.", () => editor.CreateAsync(article with { Text = run.Text, ContentHash = null }, run.Actor, ct));
        run.ProducedArticle = (created.Id, created.Slug);
        return $"created article {created.Slug}";
    }

    private async Task<string> ActorAsync(ReviewRun run, ActorPayload payload, CancellationToken ct)
    {
        if (payload.New is { } actor)
        {
            if (await db.Actors.AsNoTracking().Where(a => a.Slug == actor.Slug).Select(a => a.Name).FirstOrDefaultAsync(ct) is { } name)
            {
                return string.Equals(name, actor.Name, StringComparison.OrdinalIgnoreCase)
                    ? $"actor {actor.Slug} exists already (created since this was proposed)"
                    : throw new ConflictException($"An actor with the slug '{actor.Slug}' exists already ({name}): edit the proposal's slug, or point 'known' at that actor.");
            }

            var created = await Prefixed("payload.new.", () => editor.CreateAsync(actor, run.Actor, ct));
            return $"created actor {created.Slug}";
        }

        if (payload.Known is { } slug)
        {
            return await db.Actors.AnyAsync(a => a.Slug == slug, ct)
                ? $"confirmed actor {slug}"
                : throw ProposalPayloads.Rejected("payload.known", $"No actor has the slug '{slug}'.");
        }

        throw ProposalPayloads.Rejected("payload.known", "Say who this is: set 'known' to an actor's slug, or describe a new actor in 'new'.");
    }

    private async Task<string> ClaimAsync(ReviewRun run, BundleClaim claim, CancellationToken ct)
    {
        var appearances = new List<BundleAppearance>();
        foreach (var (appearance, i) in (claim.Appearances ?? []).Select((a, i) => (a, i)))
        {
            await EnsureAsync(run, ProposalKind.ArticleMetadata, ResourceKind.Article, appearance.Article, required: true, "The claim", ct);
            appearances.Add(await AnchorAsync(run, appearance, $"payload.appearances[{i}]", ct));
        }

        if (claim.ClaimantActor is { } claimant)
        {
            await EnsureAsync(run, ProposalKind.Actor, ResourceKind.Actor, claimant, required: true, "The claim", ct);
        }

        var subjects = new List<string>();
        foreach (var subject in claim.Subjects ?? [])
        {
            if (await EnsureAsync(run, ProposalKind.Actor, ResourceKind.Actor, subject, required: false, "The claim", ct))
            {
                subjects.Add(subject);
            }
        }

        var events = new List<string>();
        foreach (var @event in claim.Events ?? [])
        {
            if (await EnsureAsync(run, ProposalKind.Event, ResourceKind.Event, @event, required: false, "The claim", ct))
            {
                events.Add(@event);
            }
        }

        var created = await Prefixed("payload.", () => editor.CreateAsync(
            claim with { Subjects = subjects, Events = events, Appearances = appearances }, run.Actor, ct));
        return $"created claim {created.Slug}";
    }

    private async Task<string> ClaimMatchAsync(ReviewRun run, ClaimMatchPayload match, CancellationToken ct)
    {
        await EnsureAsync(run, ProposalKind.ArticleMetadata, ResourceKind.Article, match.Appearance.Article, required: true, "The matched quotation", ct);
        var claim = await db.Claims.AsNoTracking().Where(c => c.Slug == match.Claim).Select(c => new { c.Id, c.Revision }).FirstOrDefaultAsync(ct)
                    ?? throw ProposalPayloads.Rejected("payload.claim", $"No claim has the slug '{match.Claim}' (any more): reject this match, or point it at another claim.");
        var appearance = await AnchorAsync(run, match.Appearance, "payload.appearance", ct);
        await Prefixed("payload.", () => claims.AttachAsync(Key(claim.Id), claim.Revision, appearance, run.Actor, ct));
        return $"added an appearance to claim {match.Claim}";
    }

    private async Task<string> EventAsync(ReviewRun run, EventPayload payload, CancellationToken ct)
    {
        var article = run.ArticleSlug ?? throw new ConflictException("This ingestion has no article to link: accept or edit its article proposal first.");
        await EnsureAsync(run, ProposalKind.ArticleMetadata, ResourceKind.Article, article, required: true, "The event", ct);
        if (payload.Known is { } slug)
        {
            var known = await db.Events.AsNoTracking().Where(e => e.Slug == slug).Select(e => new { e.Id, e.Revision }).FirstOrDefaultAsync(ct)
                        ?? throw ProposalPayloads.Rejected("payload.known", $"No event has the slug '{slug}'.");
            await Prefixed("payload.", () => editor.UpdateAsync<BundleEvent>(Key(known.Id), known.Revision, record =>
                record with { Articles = [.. (record.Articles ?? []).Append(article).Distinct()] }, run.Actor, ct));
            return $"linked article {article} to event {slug}";
        }

        if (payload.New is not { } @event)
        {
            throw ProposalPayloads.Rejected("payload.known", "Say which event this is: set 'known' to an event's slug, or describe a new event in 'new'.");
        }

        var actors = new List<BundleEventActor>();
        foreach (var actor in @event.Actors ?? [])
        {
            if (await EnsureAsync(run, ProposalKind.Actor, ResourceKind.Actor, actor.Actor, required: false, "The event", ct))
            {
                actors.Add(actor);
            }
        }

        var created = await Prefixed("payload.new.", () => editor.CreateAsync(
            @event with { Actors = actors, Articles = [.. (@event.Articles ?? []).Append(article).Distinct()] }, run.Actor, ct));
        return $"created event {created.Slug}";
    }

    private async Task<string> ArticleMatchAsync(ReviewRun run, ArticleMatchPayload match, CancellationToken ct)
    {
        if (match.Match == ArticleMatchKind.Same)
        {
            return $"recognised as article {match.Article}";
        }

        var article = run.ArticleSlug ?? throw new ConflictException("This ingestion has no article to relate: accept or edit its article proposal first.");
        await EnsureAsync(run, ProposalKind.ArticleMetadata, ResourceKind.Article, article, required: true, "The relation", ct);
        var self = await db.Articles.AsNoTracking().Where(a => a.Slug == article).Select(a => new { a.Id, a.Revision }).FirstAsync(ct);
        var relation = match.Match == ArticleMatchKind.Syndicated
            ? new BundleRelation(ArticleRelationKind.SyndicatedCopyOf, match.Article, null, match.Note)
            : new BundleRelation(ArticleRelationKind.RelaysReportingOf, match.Article, match.Outlet, match.Note);
        await Prefixed("payload.", () => editor.UpdateAsync<BundleArticle>(Key(self.Id), self.Revision, record =>
            record with { Relations = [.. record.Relations ?? [], relation] }, run.Actor, ct));
        return match.Match == ArticleMatchKind.Syndicated ? $"recorded {article} as a syndicated copy of {match.Article}" : $"recorded {article} as relaying {match.Article}";
    }

    /// <summary>True when the record exists or a proposal of this ingestion creates it (accepted first); see <see cref="ReviewRun.EnsureAsync"/>.</summary>
    private async Task<bool> EnsureAsync(ReviewRun run, ProposalKind kind, ResourceKind resource, string slug, bool required, string neededBy, CancellationToken ct) =>
        await Records.FindAsync(db, resource, slug, ct) is not null || await run.EnsureAsync(kind, slug, required, neededBy, ct);

    /// <summary>
    /// Offsets into the ingestion's text hold for an article whose text it is; for another article with a stored
    /// text the quotation is found there (exactly once); an article without stored text cannot take new evidence.
    /// </summary>
    private async Task<BundleAppearance> AnchorAsync(ReviewRun run, BundleAppearance appearance, string path, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Slug == appearance.Article).Select(a => new { a.Text, a.ContentHash }).FirstOrDefaultAsync(ct);
        if (article is null || article.ContentHash == run.ContentHash)
        {
            return appearance; // unknown articles are reported by the editor's checks
        }

        if (article.Text is not { } text)
        {
            throw ProposalPayloads.Rejected(path, $"Article '{appearance.Article}' has no stored text yet, so its offsets count characters of its raw source. Ingest that article itself first so its text is attached.");
        }

        var at = text.IndexOf(appearance.Quote, StringComparison.Ordinal);
        return at >= 0 && appearance.Quote.Length > 0 && text.IndexOf(appearance.Quote, at + 1, StringComparison.Ordinal) < 0
            ? appearance with { Start = at, End = at + appearance.Quote.Length }
            : throw ProposalPayloads.Rejected(path, $"The quotation is not found exactly once in the stored text of article '{appearance.Article}'.");
    }

    private static async Task<T> Prefixed<T>(string prefix, Func<Task<T>> write)
    {
        try
        {
            return await write();
        }
        catch (RecordRejectedException ex)
        {
            throw new RecordRejectedException(ex.Errors.ToDictionary(e => e.Key.Length == 0 ? prefix.TrimEnd('.') : prefix + e.Key, e => e.Value));
        }
    }

    private static string Key(int id) => id.ToString(CultureInfo.InvariantCulture);
}
