using NewsTreaty.Domain.Ingestion.Nlp;

namespace NewsTreaty.Domain.Ingestion.Mentions;

/// <summary>
/// Decides whether a metonym ("Pyongyang", "the Kremlin", "Seoul") speaks of a government or of a place:
/// "landed in Pyongyang", "visits Pyongyang", "the streets of Pyongyang", "Pyongyang’s airport", "a Beijing stop"
/// and a dateline are places; "a blow to Pyongyang", "between Moscow and Pyongyang", "Seoul has limited" are actors.
/// </summary>
internal static class PlaceOrActor
{
    public static bool IsPlace(TokenStream ts, int start, int end)
    {
        if (ts.Paragraph.Part == ArticlePart.Dateline)
        {
            return true;
        }

        var p = start - 1;
        if (p >= 0 && ts.Keys[p] == "the")
        {
            p--;
        }

        var previous = p >= 0 && ts.Sentences[p] == ts.Sentences[start] ? ts.Keys[p] : "";
        var beforePrevious = p - 1 >= 0 && ts.Sentences[p - 1] == ts.Sentences[start] ? ts.Keys[p - 1] : "";
        if (Alone(ts, start, end))
        {
            return true; // the name alone on its line: a dateline or a caption's place
        }

        if (Lexicon.Locatives.Contains(previous) || Lexicon.Motion.Contains(previous))
        {
            return true;
        }

        if (previous is "to" or "from" or "for" && Lexicon.Motion.Contains(beforePrevious))
        {
            return true;
        }

        if (previous == "of" && Lexicon.Facilities.Contains(beforePrevious))
        {
            return true;
        }

        if (previous is "a" or "an" && end < ts.Count && ts.IsWord(end) && !ts.Tokens[end].IsCapitalised(ts.Text))
        {
            return true; // "a Beijing stop": the name modifies a noun
        }

        if (ts.KeyAt(end) == "'s")
        {
            for (var k = end + 1; k < Math.Min(ts.Count, end + 5); k++)
            {
                if (Lexicon.Facilities.Contains(ts.Keys[k]))
                {
                    return true;
                }

                if (!ts.IsWord(k))
                {
                    break;
                }
            }
        }

        return false;
    }

    private static bool Alone(TokenStream ts, int start, int end)
    {
        for (var k = start - 1; k >= 0 && ts.Sentences[k] == ts.Sentences[start]; k--)
        {
            if (ts.IsWord(k))
            {
                return false;
            }
        }

        for (var k = end; k < ts.Count && ts.Sentences[k] == ts.Sentences[start]; k++)
        {
            if (ts.IsWord(k))
            {
                return false;
            }
        }

        return true;
    }
}
