using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsTreaty.Domain.Claims;

/// <summary>A claim's break of an evidence rule: the field at fault (a JSON path below the claim) and what to do.</summary>
public sealed record EvidenceProblem(string Field, string Message);

/// <summary>
/// The rules that keep a claim traceable to the exact words of its sources, beyond what each part checks on its
/// own (tools/dataset/rules.py applies the same ones to the dataset):
/// <list type="bullet">
/// <item>a quantity's value is stated in one of the claim's quotations, as digits or number words; a quantity
/// the text gives only as "millions" is a magnitude with no value, and its words are quoted instead;</item>
/// <item>a direct quote or reported speech names its claimant in a quotation, in the appearance's attribution
/// span, or (when the article's text is stored) right around the quotation, by a name, short name, metonym or a
/// title valid on the article's date; otherwise the attribution is marked inferred, with a note.</item>
/// </list>
/// </summary>
public static partial class ClaimEvidence
{
    public static IReadOnlyList<EvidenceProblem> Check(Claim claim)
    {
        var problems = new List<EvidenceProblem>();
        var quotes = claim.Appearances.Select(a => a.Quote).ToList();
        for (var i = 0; i < claim.Quantities.Count; i++)
        {
            var q = claim.Quantities[i];
            if (q.Value is { } value && !quotes.Any(quote => StatedNumbers.States(quote, value)))
            {
                problems.Add(new($"quantities[{i}].value",
                    $"{value.ToString(CultureInfo.InvariantCulture)} is in none of the claim's quotations, as digits or words: quote the number, or record a magnitude (\"millions\") with no value."));
            }
            else if (q.Magnitude is { } magnitude && !quotes.Any(quote => StatedNumbers.Mentions(quote, magnitude)))
            {
                problems.Add(new($"quantities[{i}].magnitude", $"\"{magnitude.Words()}\" is in none of the claim's quotations."));
            }
        }

        if (claim.IsSpeech && !claim.ClaimantInferred && claim.Appearances.Count > 0 && !claim.Appearances.Any(a => NamesClaimant(claim, a)))
        {
            var (field, who) = claim.ClaimantActor is { } actor ? ("claimantActor", actor.Name) : ("claimantOutlet", claim.ClaimantOutlet?.Name);
            problems.Add(new(field,
                $"'{who}' is named neither in nor right around any quotation (by name, short name, metonym or a title valid then): " +
                "give the words that name the speaker as an appearance's attribution, or mark the attribution inferred with a note."));
        }

        return problems;
    }

    /// <summary>Whether this appearance names the claim's claimant in its quotation, its attribution, or the stored text around it.</summary>
    public static bool NamesClaimant(Claim claim, Appearance appearance)
    {
        // A stored appearance whose article was not loaded is judged on its own words, with every alias's period open.
        DateOnly? day = appearance.Article is { } article ? article.PublishedOn.Start : null;
        var names = claim.ClaimantActor is { } actor ? actor.NamesOn(day).ToList() : [claim.ClaimantOutlet!.Name];
        return Around(appearance).Any(span => Names(span, names));
    }

    /// <summary>Whether one of <paramref name="names"/> occurs in <paramref name="text"/> as whole words, ignoring case and apostrophe style.</summary>
    public static bool Names(string text, IEnumerable<string> names)
    {
        var haystack = Normalise(text);
        return names.Select(Normalise).Where(n => n.Length > 0).Any(n =>
            Regex.IsMatch(haystack, $@"(?<!\w){Regex.Escape(n)}(?!\w)", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));
    }

    private static IEnumerable<string> Around(Appearance appearance)
    {
        yield return appearance.Quote;
        if (appearance.AttributionQuote is { } attribution)
        {
            yield return attribution;
        }

        if (appearance.Article?.Text is { } text && appearance.End <= text.Length)
        {
            yield return Window(text, appearance.Start, appearance.End);
        }
    }

    /// <summary>Up to <see cref="Appearance.AttributionReach"/> characters either side of [start, end), within its line.</summary>
    internal static string Window(string text, int start, int end)
    {
        var from = Math.Max(0, start - Appearance.AttributionReach);
        var before = text[from..start];
        before = before[(before.LastIndexOf('\n') + 1)..];
        var after = text[end..Math.Min(text.Length, end + Appearance.AttributionReach)];
        var newline = after.IndexOf('\n', StringComparison.Ordinal);
        return before + " " + (newline >= 0 ? after[..newline] : after);
    }

    private static string Normalise(string text) =>
        Whitespace().Replace(text.Replace('\u2019', '\'').Replace('\u2018', '\''), " ").Trim().ToLowerInvariant();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
