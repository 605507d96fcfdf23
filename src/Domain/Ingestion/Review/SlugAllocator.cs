using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Ingestion.Review;

/// <summary>
/// Gives each record a proposal would create a readable slug no other record or pending proposal of its kind has:
/// derived from its name or text, with "-2", "-3" … added on a clash.
/// </summary>
internal sealed partial class SlugAllocator(TakenSlugs taken)
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

        if (!taken.Contains(kind, stem) && _given.Add((kind, stem)))
        {
            return stem;
        }

        // The first free suffix. Taken slugs stay taken while the set lives, so the run of suffixes found taken is
        // remembered and skipped next time: a name that hundreds of pending proposals hold costs one probe, not hundreds.
        var unbroken = true;
        for (var n = taken.FirstSuffixToTry(kind, stem); ; n++)
        {
            var candidate = $"{stem}-{n}";
            if (taken.Contains(kind, candidate))
            {
                if (unbroken)
                {
                    taken.SuffixesTakenUpTo(kind, stem, n);
                }

                continue;
            }

            unbroken = false;
            if (_given.Add((kind, candidate)))
            {
                return candidate;
            }
        }
    }

    /// <summary>
    /// The next <paramref name="count"/> slugs <see cref="Allocate"/> would try after <paramref name="slug"/> once it is
    /// taken: "anna-berg" → "anna-berg-2" …; "anna-berg-4" → "anna-berg-5" … (and "anna-berg-4-2" …, in case the number
    /// is the slug's own, as in "g20-summit-2024").
    /// </summary>
    public static IEnumerable<string> NextAfter(string slug, int count)
    {
        var numbered = NumberSuffix().Match(slug);
        var after = numbered.Success ? int.Parse(numbered.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        for (var n = 2; n < 2 + count; n++)
        {
            yield return $"{slug}-{n}";
            if (numbered.Success)
            {
                yield return $"{slug[..numbered.Index]}-{after + n - 1}";
            }
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"-(\d{1,6})$")]
    private static partial System.Text.RegularExpressions.Regex NumberSuffix();
}
