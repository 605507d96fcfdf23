using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsTreaty.Domain.Claims;

/// <summary>
/// The numbers a piece of text states, as digits ("7,000", "1.5bn", "$11 billion", "3am") or English number
/// words ("two", "twenty-four", "two hundred and fifty thousand"), and the magnitude words it uses
/// ("millions", "tens of thousands"). The evidence rule for quantities stands on it: a value must be stated
/// in one of the claim's quotations. Kept in step with tools/dataset/rules.py, which checks the dataset the
/// same way. (No maintained .NET library for English number words restores here: Microsoft.Recognizers.Text
/// is not on the mirror.)
/// </summary>
public static partial class StatedNumbers
{
    private static readonly string[] UnitWords =
        ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
         "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] TensWords = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

    private static readonly Dictionary<string, decimal> Scales = new(StringComparer.Ordinal)
    {
        ["thousand"] = 1e3m,
        ["million"] = 1e6m,
        ["mn"] = 1e6m,
        ["billion"] = 1e9m,
        ["bn"] = 1e9m,
        ["trillion"] = 1e12m,
        ["tn"] = 1e12m,
    };

    // What each magnitude needs to find in the text, every listed word in one of its forms.
    private static readonly Dictionary<QuantityMagnitude, string[][]> MagnitudeWords = new()
    {
        [QuantityMagnitude.Dozens] = [["dozens", "dozen"]],
        [QuantityMagnitude.Hundreds] = [["hundreds"]],
        [QuantityMagnitude.Thousands] = [Thousand],
        [QuantityMagnitude.TensOfThousands] = [["tens"], Thousand],
        [QuantityMagnitude.HundredsOfThousands] = [["hundreds"], Thousand],
        [QuantityMagnitude.Millions] = [Million],
        [QuantityMagnitude.TensOfMillions] = [["tens"], Million],
        [QuantityMagnitude.HundredsOfMillions] = [["hundreds"], Million],
        [QuantityMagnitude.Billions] = [["billion", "billions", "bn"]],
        [QuantityMagnitude.Trillions] = [["trillion", "trillions", "tn"]],
    };

    private static string[] Thousand => ["thousand", "thousands"];

    private static string[] Million => ["million", "millions", "mn"];

    // Digits (thousands commas, a decimal point), words, and any other mark but a hyphen, which ends a run of
    // number words: "fifty, twenty" is two numbers, "twenty-four" one.
    [GeneratedRegex(@"[0-9]+(?:[.,][0-9]+)*|[a-z]+|[^\sa-z0-9-]")]
    private static partial Regex Token();

    /// <summary>Every number <paramref name="text"/> states.</summary>
    public static IReadOnlySet<decimal> In(string text)
    {
        var found = new HashSet<decimal>();
        var tokens = Tokens(text);
        for (var i = 0; i < tokens.Count;)
        {
            var token = tokens[i];
            if (char.IsAsciiDigit(token[0]))
            {
                if (decimal.TryParse(token.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var n))
                {
                    found.Add(n);
                    if (i + 1 < tokens.Count && Scales.TryGetValue(tokens[i + 1], out var scale) && TryMultiply(n, scale, out var scaled))
                    {
                        found.Add(scaled);
                    }
                }

                i++;
            }
            else if (IsNumberWord(token))
            {
                i = ReadWords(tokens, i, found);
            }
            else
            {
                i++;
            }
        }

        return found;
    }

    /// <summary>Whether <paramref name="text"/> states <paramref name="value"/>.</summary>
    public static bool States(string text, decimal value) => In(text).Contains(value);

    /// <summary>Whether <paramref name="text"/> uses the words of <paramref name="magnitude"/> ("several million", "billions of").</summary>
    public static bool Mentions(string text, QuantityMagnitude magnitude)
    {
        var tokens = Tokens(text).ToHashSet(StringComparer.Ordinal);
        return MagnitudeWords[magnitude].All(forms => forms.Any(tokens.Contains));
    }

    private static List<string> Tokens(string text) =>
        Token().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToList();

    private static bool IsNumberWord(string word) =>
        UnitWords.Contains(word) || TensWords.Contains(word) || word == "dozen";

    /// <summary>Reads a run of number words from <paramref name="i"/> ("two hundred and fifty thousand"), adds its value, returns where it ended.</summary>
    private static int ReadWords(List<string> tokens, int i, HashSet<decimal> found)
    {
        decimal total = 0, current = 0;
        var j = i;
        try
        {
            for (; j < tokens.Count; j++)
            {
                var w = tokens[j];
                if (Array.IndexOf(UnitWords, w) is var unit and >= 0)
                {
                    current += unit;
                }
                else if (Array.IndexOf(TensWords, w) is var tens and >= 0)
                {
                    current += 10 * (tens + 2);
                }
                else if (w == "dozen")
                {
                    current = (current == 0 ? 1 : current) * 12;
                }
                else if (w == "hundred")
                {
                    current = (current == 0 ? 1 : current) * 100;
                }
                else if (Scales.TryGetValue(w, out var scale))
                {
                    total += (current == 0 ? 1 : current) * scale;
                    current = 0;
                }
                else if (w != "and" || j + 1 >= tokens.Count || !(UnitWords.Contains(tokens[j + 1]) || TensWords.Contains(tokens[j + 1])))
                {
                    break;
                }
            }

            found.Add(total + current);
        }
        catch (OverflowException)
        {
            // a run of words beyond decimal's range states no number we could store anyway
        }

        return j;
    }

    private static bool TryMultiply(decimal a, decimal b, out decimal product)
    {
        try
        {
            product = a * b;
            return true;
        }
        catch (OverflowException)
        {
            product = 0;
            return false;
        }
    }
}
