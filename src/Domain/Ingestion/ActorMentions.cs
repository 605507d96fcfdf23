using NewsTreaty.Domain.Actors;

namespace NewsTreaty.Domain.Ingestion;

public enum MentionResolution
{
    /// <summary>Resolved to a known actor.</summary>
    Known,

    /// <summary>A new actor the editor may create (see <see cref="ActorMention.NewActorKey"/>).</summary>
    New,

    /// <summary>More than one known actor fits and the context does not decide; candidates are listed.</summary>
    Ambiguous,
}

/// <summary>
/// Stage 3's output, one per mention: a name, alias, honorific form ("Mr Kim"), metonym ("the Kremlin") or
/// pronoun-free reference in the cleaned text, resolved against the <see cref="KnowledgeSnapshot"/> as of the
/// article's date (aliases outside their validity period do not match).
/// </summary>
public sealed record ActorMention(
    TextSpan Span,
    string Text,
    MentionResolution Resolution,
    ActorKind Kind,
    int? ActorId,
    string? ActorSlug,
    string? NewActorKey,
    IReadOnlyList<string> Candidates,
    double Confidence,
    string Reason);

/// <summary>An actor the text names that the knowledge base lacks, with what the text says of it.</summary>
public sealed record ProposedActor(
    string Key,
    string Name,
    ActorKind Kind,
    string? Description,
    TextSpan Evidence,
    IReadOnlyList<string> Aliases,
    double Confidence);

public sealed record ActorResolution(IReadOnlyList<ActorMention> Mentions, IReadOnlyList<ProposedActor> NewActors);
