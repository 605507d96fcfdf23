using System.Globalization;
using System.Text.RegularExpressions;
using NewsTreaty.Domain.Ingestion.Nlp;

namespace NewsTreaty.Domain.Ingestion.Quotations;

/// <summary>
/// Quantities in a claim: money ("$11 billion", "£12bn"), percentages ("90 per cent"), counts with their unit
/// ("nearly 7,000 containers", "two trips") and magnitudes without a number ("millions of shells": no value).
/// Hedges before the number ("nearly", "roughly", "more than") make it approximate. Years, dates, times and
/// ordinals are not quantities.
/// </summary>
internal static partial class QuantityFinder
{
    private const string Approx = @"(?<approx>nearly|almost|about|around|roughly|some|approximately|more\s+than|over|up\s+to|at\s+least|close\s+to|an\s+estimated|just\s+(?:under|over)|fewer\s+than|less\s+than|~)?\s*";

    [GeneratedRegex(Approx + @"(?<cur>US\$|\$|£|€|¥|₩)\s?(?<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?<mag>bn|billion|mn|million|m|trillion|tn|thousand|k)?(?![\p{L}\d])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Money();

    [GeneratedRegex(Approx + @"(?<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Percent();

    [GeneratedRegex(Approx + @"(?<![\p{L}\d.,:/-])(?<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|a\s+dozen|dozens|several)\s(?<mag>hundred|thousand|million|billion|trillion)?\s?(?:of\s)?(?<unit>[a-z][a-z-]{2,}(?:\s(?:of\s)?[a-z][a-z-]{2,})?)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Count();

    [GeneratedRegex(@"(?<mag>tens\s+of\s+thousands|hundreds\s+of\s+thousands|millions|billions|thousands|hundreds|dozens)\s+of\s+(?<unit>(?:[a-z][a-z-]+\s)?[a-z][a-z-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex Magnitude();

    private static readonly System.Buffers.SearchValues<string> NumberWords = System.Buffers.SearchValues.Create(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty",
         "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "dozen", "several", "thousands", "millions", "billions"],
        StringComparison.OrdinalIgnoreCase);

    public static List<QuantityProposal> Find(string text, TextSpan within)
    {
        var found = new List<QuantityProposal>();
        var window = text.AsSpan(within.Start, within.Length);
        if (!window.ContainsAnyInRange('0', '9') && window.IndexOfAny(NumberWords) < 0)
        {
            return found; // most sentences state no quantity: skip the patterns
        }

        var slice = window.ToString();
        try
        {
            foreach (Match m in Money().Matches(slice))
            {
                var multiplier = Multiplier(m.Groups["mag"].Value);
                Add(found, within.Start, m, Number(m.Groups["num"].Value) * multiplier, Currency(m.Groups["cur"].Value));
            }

            foreach (Match m in Percent().Matches(slice))
            {
                Add(found, within.Start, m, Number(m.Groups["num"].Value), "percent");
            }

            foreach (Match m in Count().Matches(slice))
            {
                var unit = Unit(m.Groups["unit"].Value);
                var number = m.Groups["num"].Value;
                if (unit is null || IsYear(number, unit) || char.IsLetter(number[0]) && !unit.EndsWith('s') && !m.Groups["mag"].Success
                    || char.IsUpper(m.Groups["unit"].Value[0]) || AfterMonth(slice, m.Groups["num"].Index))
                {
                    continue;
                }

                var value = number.ToLowerInvariant() switch
                {
                    "several" or "dozens" => (decimal?)null,
                    var word when char.IsLetter(word[0]) => Words(word),
                    _ => Number(number),
                };
                Add(found, within.Start, m, value * Multiplier(m.Groups["mag"].Value), unit, approximate: value is null, end: UnitEnd(m, unit));
            }

            foreach (Match m in Magnitude().Matches(slice))
            {
                if (Unit(m.Groups["unit"].Value) is { } unit)
                {
                    Add(found, within.Start, m, null, unit, approximate: true, end: UnitEnd(m, unit));
                }
            }
        }
        catch (RegexMatchTimeoutException)
        {
            // A pathological clause: keep what was found so far.
        }

        return found.OrderBy(q => q.Span.Start).ToList();
    }

    private static void Add(List<QuantityProposal> found, int offset, Match m, decimal? value, string unit, bool approximate = false, int? end = null)
    {
        var approx = m.Groups["approx"];
        var start = offset + (approx.Success && approx.Length > 0 ? approx.Index : m.Index + (m.Length - m.Value.TrimStart().Length));
        var span = new TextSpan(start, offset + (end ?? m.Index + m.Length));
        if (found.Any(q => q.Span.Overlaps(span)))
        {
            return; // money and percentages win over the count reading of the same digits
        }

        found.Add(new QuantityProposal(span, value, unit, approximate || approx.Success && approx.Length > 0, m.Value[(start - offset - m.Index)..(span.End - offset - m.Index)]));
    }

    /// <summary>Where the unit the quantity keeps ends in the match ("two trips", not "two trips to").</summary>
    private static int UnitEnd(Match m, string unit)
    {
        var group = m.Groups["unit"];
        var last = unit.Split(' ')[^1];
        var at = group.Value.IndexOf(last, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? group.Index + group.Length : group.Index + at + last.Length;
    }

    private static bool AfterMonth(string text, int at)
    {
        var before = text.AsSpan(0, at).TrimEnd();
        var space = before.LastIndexOf(' ');
        var word = before[(space + 1)..].TrimEnd('.').ToString();
        return word.Length >= 3 && System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.AbbreviatedMonthNames
            .Concat(System.Globalization.CultureInfo.InvariantCulture.DateTimeFormat.MonthNames)
            .Any(name => name.Length > 0 && word.Equals(name, StringComparison.OrdinalIgnoreCase));
    }

    private static string? Unit(string raw)
    {
        var words = raw.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w != "of").ToList();
        if (words.Count == 0 || Lexicon.IsCommon(words[0]) || Lexicon.NotNames.Contains(words[0]) && words[0] is not ("years" or "states"))
        {
            return null;
        }

        // "containers of munitions" keeps the head noun; a second word is kept only as a compound ("artillery shells").
        return words.Count > 1 && !Lexicon.IsCommon(words[1]) && !words[0].EndsWith('s') ? words[0] + " " + words[1] : words[0];
    }

    private static bool IsYear(string number, string unit) =>
        number.Length == 4 && number.All(char.IsDigit) && int.Parse(number, CultureInfo.InvariantCulture) is >= 1800 and <= 2100 && !unit.EndsWith('s');

    private static decimal Number(string text) =>
        decimal.TryParse(text.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var n) ? n : 0;

    private static decimal Multiplier(string magnitude) => magnitude.ToLowerInvariant() switch
    {
        "k" or "thousand" => 1_000m,
        "m" or "mn" or "million" => 1_000_000m,
        "bn" or "billion" => 1_000_000_000m,
        "tn" or "trillion" => 1_000_000_000_000m,
        "hundred" => 100m,
        _ => 1m,
    };

    private static decimal Words(string word) => word.ToLowerInvariant() switch
    {
        "one" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" => 12,
        "fifteen" => 15,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "hundred" => 100,
        _ when word.Contains("dozen", StringComparison.OrdinalIgnoreCase) => 12,
        _ => 0,
    };

    private static string Currency(string symbol) => symbol.ToUpperInvariant() switch
    {
        "$" or "US$" => "USD",
        "£" => "GBP",
        "€" => "EUR",
        "¥" => "JPY",
        "₩" => "KRW",
        _ => symbol,
    };
}
