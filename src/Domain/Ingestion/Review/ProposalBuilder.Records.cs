using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Editing;

namespace NewsTreaty.Domain.Ingestion.Review;

internal sealed partial class ProposalBuilder
{
    private void AddActors()
    {
        var mentions = result.Actors.Mentions;
        foreach (var group in mentions.Select((m, i) => (Mention: m, Index: i)).Where(x => x.Mention.Resolution == MentionResolution.Known && x.Mention.ActorId is not null)
                     .GroupBy(x => x.Mention.ActorId!.Value))
        {
            if (knowledge.Actors.FirstOrDefault(a => a.Id == group.Key) is not { } actor)
            {
                continue;
            }

            foreach (var (_, index) in group)
            {
                _mentionSlugs[index] = actor.Slug;
            }

            if (known is null)
            {
                var first = group.First().Mention;
                Add(ProposalKind.Actor, first.Span, group.Max(x => x.Mention.Confidence), $"Actor: {actor.Name} ({Count(group.Count(), "mention")})",
                    first.Reason, new KnownRecord(ResourceKind.Actor, actor.Id, actor.Slug, actor.WikidataId),
                    new ActorPayload(actor.Slug, null, [.. group.Select(x => Mention(x.Mention))]));
            }
        }

        foreach (var proposed in result.Actors.NewActors)
        {
            var slug = slugs.Allocate(ProposalKind.Actor, proposed.Name, maxWords: 6);
            var its = mentions.Select((m, i) => (Mention: m, Index: i)).Where(x => x.Mention.NewActorKey == proposed.Key).ToList();
            foreach (var (_, index) in its)
            {
                _mentionSlugs[index] = slug;
            }

            var actor = new BundleActor(slug, proposed.Name, proposed.Kind, null, proposed.Description,
                [.. proposed.Aliases.Where(a => a != proposed.Name).Distinct().Select(a => new BundleAlias(a))]);
            Add(ProposalKind.Actor, proposed.Evidence, proposed.Confidence, $"New actor: {proposed.Name}", proposed.Description, null,
                new ActorPayload(null, actor, [.. its.Select(x => Mention(x.Mention))]));
        }

        if (known is null)
        {
            foreach (var ambiguous in mentions.Where(m => m.Resolution == MentionResolution.Ambiguous))
            {
                Add(ProposalKind.Actor, ambiguous.Span, ambiguous.Confidence, $"Who is '{ambiguous.Text}'?",
                    $"{ambiguous.Reason}; candidates: {string.Join(", ", ambiguous.Candidates)}. Edit 'known' to one of them, or reject.", null,
                    new ActorPayload(null, null, [Mention(ambiguous)]));
            }
        }
    }

    private static MentionPayload Mention(ActorMention mention) => new(mention.Span.Start, mention.Span.End, mention.Text);

    private void AddTimes()
    {
        foreach (var time in result.Times)
        {
            var resolved = time.Date is null ? "unresolved" : time.EndDate is null ? time.Date.ToString() : $"{time.Date}/{time.EndDate}";
            Add(ProposalKind.Time, time.Span, time.Confidence, $"Time: “{time.Text}” → {resolved}", time.Note, null,
                new TimePayload(time.Text, time.Kind, time.Date?.ToString(), time.EndDate?.ToString(), time.Note));
        }
    }

    private void AddEvents()
    {
        foreach (var proposal in result.Events)
        {
            if (proposal.MatchedEventId is { } id && knowledge.Events.FirstOrDefault(e => e.Id == id) is { } matched)
            {
                if (proposal.TimeExpression is { } time)
                {
                    _timeEvents[time] = matched.Slug;
                }

                if (known?.EventIds.Contains(id) == true)
                {
                    continue;
                }

                Add(ProposalKind.Event, proposal.Span, proposal.Confidence, $"Mentions event: {matched.Title} ({matched.Date})", proposal.Reason,
                    new KnownRecord(ResourceKind.Event, matched.Id, matched.Slug), new EventPayload(matched.Slug, null));
                continue;
            }

            var slug = slugs.Allocate(ProposalKind.Event, $"{proposal.Title} {proposal.Date.Year}");
            if (proposal.TimeExpression is { } at)
            {
                _timeEvents[at] = slug;
            }

            var actors = proposal.ActorMentions.Where(_mentionSlugs.ContainsKey).Select(i => _mentionSlugs[i]).Distinct()
                .Select(a => new BundleEventActor(a, "participant")).ToList();
            var @event = new BundleEvent(slug, proposal.Title, proposal.Kind, proposal.Date.ToString(), 2, Summary: Quote(proposal.Span) is { Length: <= 4000 } q ? q : null,
                Actors: actors, Articles: [_articleSlug]);
            Add(ProposalKind.Event, proposal.Span, proposal.Confidence, $"New event: {proposal.Title} ({proposal.Date})", proposal.Reason, null,
                new EventPayload(null, @event));
        }
    }

    private void AddClaims()
    {
        var matches = result.CrossArticle.Claims.GroupBy(m => m.Proposal).ToDictionary(g => g.Key, g => g.MaxBy(m => m.Similarity)!);
        var relays = result.CrossArticle.Articles.Any(a => a.Kind == ArticleMatchKind.Relays);
        foreach (var (claim, index) in result.Claims.Select((c, i) => (c, i)))
        {
            var role = relays ? AppearanceRole.Relays
                : claim.Claimant.OutletVoice ? AppearanceRole.Originates
                : claim.Kind is ClaimKind.DirectQuote or ClaimKind.ReportedSpeech ? AppearanceRole.Reports : AppearanceRole.Originates;
            var appearance = new BundleAppearance(_articleSlug, Quote(claim.Span), claim.Span.Start, claim.Span.End, role);
            if (matches.TryGetValue(index, out var match))
            {
                if (known?.ClaimIds.Contains(match.ClaimId) == true)
                {
                    continue;
                }

                Add(ProposalKind.ClaimMatch, claim.Span, Math.Min(claim.Confidence, match.Similarity), $"Also says: {Short(knowledge.Claims.FirstOrDefault(c => c.Id == match.ClaimId)?.Text ?? match.ClaimSlug)}",
                    match.Reason, new KnownRecord(ResourceKind.Claim, match.ClaimId, match.ClaimSlug),
                    new ClaimMatchPayload(match.ClaimSlug, appearance, Math.Round(match.Similarity, 3), match.Reason));
                continue;
            }

            if (known?.QuotedSpans.Any(s => s.Overlaps(claim.Span)) == true)
            {
                continue; // already curated evidence of a known claim
            }

            Add(ProposalKind.Claim, claim.Span, claim.Confidence, $"Claim: {Short(claim.Text)}", ClaimantNote(claim), null, Claim(claim, appearance));
        }
    }

    private BundleClaim Claim(ClaimProposal claim, BundleAppearance appearance)
    {
        var claimant = claim.Claimant.MentionIndex is { } m && _mentionSlugs.TryGetValue(m, out var slug) ? slug : null;
        var subjects = claim.SubjectMentions.Where(_mentionSlugs.ContainsKey).Select(i => _mentionSlugs[i]).Distinct().ToList();
        var events = claim.TimeExpressions.Where(_timeEvents.ContainsKey).Select(i => _timeEvents[i]).Distinct().ToList();
        var quantities = claim.Quantities.Where(q => q.Value is not null)
            .Select(q => new BundleQuantity(q.Value!.Value, q.Unit, q.Approximate, q.Text)).ToList();
        var text = string.IsNullOrWhiteSpace(claim.Text) ? appearance.Quote : claim.Text;
        return new BundleClaim(slugs.Allocate(ProposalKind.Claim, text), text, claim.Kind,
            ClaimantActor: claimant, ClaimantOutlet: claimant is null ? _outletSlug : null, Subjects: subjects, Events: events,
            Hedging: claim.Hedging, Quantities: quantities, Appearances: [appearance]);
    }

    private string? ClaimantNote(ClaimProposal claim) =>
        claim.Claimant.OutletVoice ? "in the outlet's own voice"
        : claim.Claimant.MentionIndex is { } m && _mentionSlugs.ContainsKey(m) ? claim.Claimant.Note
        : "claimant not resolved: attributed to the outlet until an editor names the speaker" + (claim.Claimant.Note is { } n ? $" ({n})" : "");

    private void AddArticleMatches()
    {
        foreach (var match in result.CrossArticle.Articles.Where(a => a.Kind != ArticleMatchKind.Same && a.ArticleId != known?.Article.Id))
        {
            if (known?.RelatedArticleIds.Contains(match.ArticleId) == true || knowledge.Articles.FirstOrDefault(a => a.Id == match.ArticleId) is not { } target)
            {
                continue;
            }

            var outlet = knowledge.Outlets.FirstOrDefault(o => o.Id == target.OutletId)?.Slug;
            var what = match.Kind == ArticleMatchKind.Syndicated ? "Syndicated copy of" : "Relays reporting of";
            Add(ProposalKind.ArticleMatch, null, match.Similarity, $"{what}: {target.Headline}", match.Reason,
                new KnownRecord(ResourceKind.Article, target.Id, target.Slug), new ArticleMatchPayload(target.Slug, match.Kind, outlet, match.Reason));
        }
    }

    private static string Short(string text) => text.Length <= 140 ? text : text[..139].TrimEnd() + "…";

    private static string Count(int n, string what) => n == 1 ? $"1 {what}" : $"{n} {what}s";
}
