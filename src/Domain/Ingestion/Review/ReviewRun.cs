using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Editing;

namespace NewsTreaty.Domain.Ingestion.Review;

/// <summary>A proposal as one review sees and changes it, before the changes are saved.</summary>
internal sealed class ProposalState(Proposal proposal)
{
    public int Id { get; } = proposal.Id;

    public int Ordinal { get; } = proposal.Ordinal;

    public ProposalKind Kind { get; } = proposal.Kind;

    public string Label { get; } = proposal.Label;

    public int Revision { get; } = proposal.Revision;

    public ProposalStatus Status { get; set; } = proposal.Status;

    public string Payload { get; set; } = proposal.Payload;

    public string? ProposedSlug { get; set; } = proposal.ProposedSlug;

    public string? EditedPayload { get; set; }

    public string? Note { get; set; }

    public string? Outcome { get; set; }

    public bool Changed { get; set; }

    public bool Accepting { get; set; }

    public bool IsOpen => Status is ProposalStatus.Proposed or ProposalStatus.Edited;
}

/// <summary>
/// One review of one ingestion's proposals: the decisions taken so far, and acceptance with its dependencies (a
/// claim needs its article and its new claimant first, so accepting it accepts them; optional references to
/// proposals that were rejected are left out of what is written).
/// </summary>
internal sealed class ReviewRun(ArticleIngestion ingestion, ProposalWrites writes, string actor)
{
    private readonly List<ProposalState> _proposals = [.. ingestion.Proposals.OrderBy(p => p.Ordinal).Select(p => new ProposalState(p))];

    public IReadOnlyList<ProposalState> Proposals => _proposals;

    public string Actor => actor;

    public string Text => ingestion.Text;

    public string ContentHash => ingestion.ContentHash;

    public (int Id, string Slug)? ProducedArticle { get; set; }

    /// <summary>Whether this review decided anything (an empty bulk review changes nothing but the ingestion's revision).</summary>
    public bool Touched { get; private set; }

    /// <summary>The slug of this ingestion's article: produced, recognised, or the one its article proposal would create.</summary>
    public string? ArticleSlug => ProducedArticle?.Slug ?? ingestion.ArticleSlug
        ?? _proposals.FirstOrDefault(p => p.Kind == ProposalKind.ArticleMetadata)?.ProposedSlug;

    public ReviewResult Result() => new(
        _proposals.Where(p => p.Changed && p.Status == ProposalStatus.Accepted).ToDictionary(p => p.Id, p => p.Outcome ?? "accepted"),
        [.. _proposals.Where(p => p.Changed && p.Status == ProposalStatus.Rejected).Select(p => p.Id)],
        [.. _proposals.Where(p => p.Changed && p.EditedPayload is not null).Select(p => p.Id)]);

    public ProposalState Get(int id) =>
        _proposals.FirstOrDefault(p => p.Id == id)
        ?? throw new NotFoundException($"proposal of ingestion {ingestion.Id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public void Edit(ProposalState proposal, string json, string? note)
    {
        Touched = true;
        if (proposal.Status == ProposalStatus.Accepted)
        {
            throw new ConflictException($"Proposal {proposal.Id} was accepted already; change the records it wrote through the write API instead ({proposal.Outcome}).");
        }

        var payload = ProposalPayloads.Parse(proposal.Kind, json);
        proposal.Payload = proposal.EditedPayload = ProposalPayloads.Write(payload);
        proposal.ProposedSlug = ProposalPayloads.CreatedSlug(payload);
        proposal.Status = ProposalStatus.Edited;
        proposal.Note = note;
        proposal.Changed = true;
    }

    public void Reject(ProposalState proposal, string? note)
    {
        Touched = true;
        if (proposal.Status == ProposalStatus.Accepted)
        {
            throw new ConflictException($"Proposal {proposal.Id} was accepted already ({proposal.Outcome}); change or delete those records through the write API instead.");
        }

        proposal.Status = ProposalStatus.Rejected;
        proposal.Note = note;
        proposal.Changed = true;
    }

    public async Task AcceptAsync(ProposalState proposal, bool explicitly, string? note, CancellationToken ct)
    {
        if (proposal.Status == ProposalStatus.Accepted)
        {
            if (explicitly)
            {
                throw new ConflictException($"Proposal {proposal.Id} was accepted already ({proposal.Outcome}).");
            }

            return;
        }

        if (proposal.Accepting)
        {
            throw new ConflictException($"Proposal {proposal.Id} depends on itself through other proposals; edit one of them.");
        }

        Touched = true;
        proposal.Accepting = true;
        proposal.Outcome = await writes.ApplyAsync(this, proposal, ct);
        proposal.Status = ProposalStatus.Accepted;
        proposal.Note = note ?? proposal.Note;
        proposal.Changed = true;
        proposal.Accepting = false;
    }

    /// <summary>
    /// Makes sure the record a payload refers to by <paramref name="slug"/> will exist: when a proposal of this
    /// ingestion would create it, that proposal is accepted first. False when no open proposal creates it (a
    /// rejected one, for an optional reference); a required reference to a rejected proposal is a conflict.
    /// </summary>
    public async Task<bool> EnsureAsync(ProposalKind kind, string slug, bool required, string neededBy, CancellationToken ct)
    {
        var creator = _proposals.FirstOrDefault(p => p.Kind == kind && p.ProposedSlug == slug);
        switch (creator)
        {
            case null:
                return false;
            case { Status: ProposalStatus.Accepted }:
                return true;
            case { Status: ProposalStatus.Rejected } when required:
                throw new ConflictException($"{neededBy} needs '{slug}', which proposal {creator.Id} ({creator.Label}) would create but was rejected: edit the reference, or accept that proposal first.");
            case { Status: ProposalStatus.Rejected }:
                return false;
            default:
                await AcceptAsync(creator, explicitly: false, null, ct);
                return true;
        }
    }
}
