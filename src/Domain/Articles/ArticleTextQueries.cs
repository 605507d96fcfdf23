using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Articles;

/// <summary>An article's stored text cut into plain and highlighted runs, for reading claims and mentions in place.</summary>
public sealed class ArticleTextQueries(NewsTreatyDbContext db)
{
    public async Task<IReadOnlyList<TextSegment>?> HighlightedAsync(string slug, CancellationToken ct)
    {
        var article = await db.Articles.AsNoTracking().Where(a => a.Slug == slug)
            .Select(a => new { a.Id, a.Text, a.PublishedOn }).FirstOrDefaultAsync(ct);
        if (article?.Text is not { } text)
        {
            return null;
        }

        var appearances = await db.Appearances.AsNoTracking().Where(a => a.ArticleId == article.Id)
            .Join(db.Claims, a => a.ClaimId, c => c.Id, (a, c) => new { a.Id, a.Start, a.End, c.Slug, c.Text })
            .ToListAsync(ct);
        var claimMarks = appearances.Select(a => new TextMark(a.Start, a.End, TextMarkKind.Claim, a.Slug, a.Text) { AppearanceId = a.Id });

        var claimIds = await db.Appearances.AsNoTracking().Where(a => a.ArticleId == article.Id).Select(a => a.ClaimId).ToListAsync(ct);
        var subjectIds = await db.Claims.AsNoTracking().Where(c => claimIds.Contains(c.Id))
            .SelectMany(c => c.Subjects).Select(s => s.ActorId).ToListAsync(ct);
        var claimantIds = await db.Claims.AsNoTracking().Where(c => claimIds.Contains(c.Id) && c.ClaimantActorId != null)
            .Select(c => c.ClaimantActorId!.Value).ToListAsync(ct);
        var eventActorIds = await db.Events.AsNoTracking().Where(e => e.Articles.Any(a => a.ArticleId == article.Id))
            .SelectMany(e => e.Actors).Select(a => a.ActorId).ToListAsync(ct);
        var actorIds = subjectIds.Concat(claimantIds).Concat(eventActorIds).Distinct().ToList();
        var actors = await db.Actors.AsNoTracking().Include(a => a.Aliases).Where(a => actorIds.Contains(a.Id)).ToListAsync(ct);
        // A mention is marked only by what names the actor when the article appeared: no description ("the hermit
        // kingdom"), no title outside its holder's term, no short name another actor of the story shares.
        var day = article.PublishedOn.Start;
        var mentionMarks = actors.SelectMany(a => TextHighlighter.Mentions(text, Map.Ref(a), a.DistinctNamesOn(day, actors)));

        return TextHighlighter.Split(text, claimMarks.Concat(mentionMarks));
    }
}
