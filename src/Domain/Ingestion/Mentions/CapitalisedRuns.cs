using System.Collections.Frozen;
using NewsTreaty.Domain.Ingestion.Nlp;

namespace NewsTreaty.Domain.Ingestion.Mentions;

/// <summary>
/// Maximal runs of capitalised words in a paragraph ("Kim Yo Jong", "Center for a New American Security"), the raw
/// material of names. Small linking words join a run only when a capitalised word follows them; a sentence-initial
/// word that is a common English word (or is seen in lower case elsewhere in the article) does not start one.
/// </summary>
internal static class CapitalisedRuns
{
    private static readonly FrozenSet<string> Connectors = FrozenSet.ToFrozenSet(
        ["of", "for", "the", "a", "de", "du", "van", "von", "der", "al", "bin", "da", "di", "del", "la", "le", "on"], StringComparer.Ordinal);

    public static List<(int Start, int End)> Find(TokenStream ts, ISet<string> lowercaseWords)
    {
        var runs = new List<(int, int)>();
        var i = 0;
        while (i < ts.Count)
        {
            if (!StartsName(ts, i, lowercaseWords))
            {
                i++;
                continue;
            }

            var end = i + 1;
            while (end < ts.Count)
            {
                if (ts.Sentences[end] != ts.Sentences[i])
                {
                    break;
                }

                if (IsNameWord(ts, end) || ts.Joined[end] && ts.IsWord(end))
                {
                    end++;
                    continue;
                }

                // "of the", "for a": up to two linking words, then a capitalised word.
                var k = end;
                while (k < ts.Count && k - end < 2 && ts.IsWord(k) && Connectors.Contains(ts.Keys[k]) && !ts.Tokens[k].IsCapitalised(ts.Text))
                {
                    k++;
                }

                if (k > end && k < ts.Count && IsNameWord(ts, k) && ts.Sentences[k] == ts.Sentences[i])
                {
                    end = k + 1;
                    continue;
                }

                break;
            }

            runs.Add((i, end));
            i = end;
        }

        return runs;
    }

    private static bool StartsName(TokenStream ts, int i, ISet<string> lowercaseWords)
    {
        if (!IsNameWord(ts, i))
        {
            return false;
        }

        if (ts.IsSentenceStart(i) && !ts.Tokens[i].IsAllCaps(ts.Text))
        {
            var key = ts.Keys[i];
            return !Lexicon.IsCommon(key) && !lowercaseWords.Contains(key);
        }

        return true;
    }

    private static bool IsNameWord(TokenStream ts, int i) =>
        ts.IsWord(i) && ts.Tokens[i].IsCapitalised(ts.Text) && !(Lexicon.IsCommon(ts.Keys[i]) && ts.Keys[i] is "i" or "a");
}
