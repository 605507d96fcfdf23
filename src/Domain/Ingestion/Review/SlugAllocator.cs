using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Ingestion.Review;

/// <summary>
/// Gives each record a proposal would create a readable slug no other record or pending proposal of its kind has:
/// derived from its name or text, with "-2", "-3" … added on a clash.
/// </summary>
internal sealed class SlugAllocator(Func<ProposalKind, string, bool> isTaken)
{
    private const int BaseLength = Slug.MaxLength - 4; // room for a "-999" suffix
    private readonly HashSet<(ProposalKind, string)> _given = [];

    public string Allocate(ProposalKind kind, string basis, int maxWords = 8)
    {
        var words = Slug.From(basis).Split('-').Take(maxWords);
        var stem = string.Join('-', words);
        if (stem.Length > BaseLength)
        {
            stem = stem[..BaseLength].TrimEnd('-');
        }

        var candidate = stem;
        for (var n = 2; isTaken(kind, candidate) || !_given.Add((kind, candidate)); n++)
        {
            candidate = $"{stem}-{n}";
        }

        return candidate;
    }
}
