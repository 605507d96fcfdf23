using System.Text.RegularExpressions;
using NewsTreaty.Domain.Claims;

namespace NewsTreaty.Domain.Ingestion.Quotations;

/// <summary>
/// What kind of statement a clause is, from its words: predictions ("will", "is expected to", "may", "could"),
/// beliefs and hedges ("is believed to", "reportedly"), opinions (evaluative words, "should", "we"), else a
/// factual assertion.
/// </summary>
internal static partial class ClaimCues
{
    [GeneratedRegex(@"\b(?:is|are|was|were|being)\s+(?:widely\s+|already\s+|also\s+)?(?:believed|thought|said|reported|understood|alleged|suspected|estimated)\s+to\b|\breportedly\b|\ballegedly\b|\bapparently\b|\bpurportedly\b|\bbelieve[sd]?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Belief();

    [GeneratedRegex(@"\b(?:is|are|was|were)\s+(?:widely\s+)?expected\s+to\b|\bwill\b|\bshall\b|\b(?:is|are)\s+(?:set|poised|likely|unlikely|going)\s+to\b|\bmore\s+likely\b|\bno\s+doubt\b|\bforecasts?\b|\bpredict(?:s|ed)?\b|\bwon['’]t\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Expected();

    [GeneratedRegex(@"\b(?:may|might|could)\b(?!\s+(?:not\s+)?have\b)|\bpotentially\b|\bpossibly\b|\bperhaps\b|\bconceivably\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Speculated();

    [GeneratedRegex(@"\b(?:should|must|ought|mistake|naïve|naive|unwise|wise|foolish|dangerous|disastrous|alarming|worrying|worried|disturbing|troubling|shameful|welcome|regrettable|symbolic|impotent|vacuous|absurd|reckless|clearly|evidently|predictably|surely|arguably|of\s+course|no\s+surprise|we|our|us|sounds|seems|antithetical|godsend|debacle|deplorable|outrageous|laudable|promising|bleak|grim|hope[sd]?|fear(?:s|ed)?|danger|useful|vital|crucial|important|merely|simply)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Opinion();

    public static (ClaimKind Kind, Hedging Hedging) Classify(string clause, bool reported)
    {
        var belief = Belief().IsMatch(clause);
        if (reported)
        {
            return (ClaimKind.ReportedSpeech, belief ? Hedging.Believed : Expected().IsMatch(clause) && clause.Contains("expect", StringComparison.OrdinalIgnoreCase) ? Hedging.Expected : Hedging.Asserted);
        }

        if (Expected().IsMatch(clause))
        {
            return (ClaimKind.Prediction, Hedging.Expected);
        }

        if (Speculated().IsMatch(clause))
        {
            return (ClaimKind.Prediction, Hedging.Speculated);
        }

        if (belief)
        {
            return (ClaimKind.FactualAssertion, Hedging.Believed);
        }

        return Opinion().IsMatch(clause) ? (ClaimKind.Opinion, Hedging.Asserted) : (ClaimKind.FactualAssertion, Hedging.Asserted);
    }
}
