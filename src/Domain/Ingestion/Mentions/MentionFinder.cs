using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Ingestion.Nlp;

namespace NewsTreaty.Domain.Ingestion.Mentions;

/// <summary>
/// Finds the mentions of one paragraph: known names and aliases first (longest match), then capitalised runs the
/// knowledge base does not cover, which <see cref="UnknownNames"/> reads as new people, organisations, media or
/// states when the text gives a cue, and as places or nothing otherwise.
/// </summary>
internal sealed class MentionFinder(Gazetteer gazetteer, PartialDate? articleDate, NewActors newActors, ISet<string> lowercaseWords)
{
    public (List<Found> Found, Found?[] Owner) Find(TokenStream ts)
    {
        var found = new List<Found>();
        var owner = new Found?[ts.Count];
        for (var i = 0; i < ts.Count; i++)
        {
            var (entries, length) = gazetteer.Match(ts.Text, ts.Tokens, ts.Keys, i);
            if (length == 0)
            {
                continue;
            }

            // An alias outside its period stays as a fallback: "Mr Kim" in a paragraph about Kim Jong Il's time.
            var options = entries
                .Select(e => new Option(e.Actor, null, e.Kind, !e.Derived, e.Alias, OutOfPeriod: !e.IsValidAround(articleDate)))
                .ToList();

            // An alias outside its validity period ("Mr Kim" for Kim Jong Il, in 2024) denotes nobody here; its
            // tokens are still spoken for, so they are not read again as an unknown name.
            var mention = new Found(ts.SpanOf(i, i + length), ts.Paragraph.Index, ts.Sentences[i], FoundBy.Gazetteer, options);
            Decorate(ts, i, mention);
            if (mention.Options.Any(o => o.Kind == Actors.AliasKind.Metonym) && PlaceOrActor.IsPlace(ts, i, i + length))
            {
                mention.Options = mention.Options.Where(o => o.Kind != Actors.AliasKind.Metonym).ToList();
            }

            for (var k = i; k < i + length; k++)
            {
                owner[k] = mention;
            }

            // A short name right after another capitalised word belongs to a different name: "Old Town" is no Ms Town.
            if (length == 1 && mention.Options.All(o => o.Kind == Actors.AliasKind.ShortName) && !mention.Honorific && i > 0 && !ts.IsSentenceStart(i)
                && ts.IsWord(i - 1) && ts.Tokens[i - 1].IsCapitalised(ts.Text) && !Lexicon.Titles.Contains(ts.Keys[i - 1]) && owner[i - 1] is null)
            {
                owner[i] = null;
                continue;
            }

            if (mention.Options.Any(o => !o.OutOfPeriod))
            {
                found.Add(mention);
            }

            i += length - 1;
        }

        var unknown = new UnknownNames(ts, newActors, owner);
        foreach (var (start, end) in CapitalisedRuns.Find(ts, lowercaseWords))
        {
            unknown.Read(start, end, found);
        }

        found.RemoveAll(f => f.Options.Count == 0 || f.Removed);
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return (found, owner);
    }

    /// <summary>Takes a preceding "Mr"/"Ms"/office into the mention and notes "his country"-style cues in its sentence.</summary>
    internal static void Decorate(TokenStream ts, int start, Found mention)
    {
        mention.Honorific = Lexicon.Titles.Contains(ts.Keys[start]) && ts.Tokens[start].IsCapitalised(ts.Text);
        var before = start - 1;
        if (before >= 0 && ts.IsPunct(before, '.'))
        {
            before--; // "Mr. Kim"
        }

        if (before >= 0 && ts.IsWord(before) && ts.Tokens[before].IsCapitalised(ts.Text) && Lexicon.Titles.Contains(ts.Keys[before])
            && mention.Options.Any(o => o.ActorKind == ActorKind.Person))
        {
            mention.Honorific = true;
            mention.Span = new TextSpan(ts.Tokens[before].Start, mention.Span.End);
            mention.Options = mention.Options.Where(o => o.ActorKind == ActorKind.Person).ToList();
        }

        for (var k = start + 1; k + 1 < ts.Count && k - start < 30 && ts.Sentences[k] == ts.Sentences[start]; k++)
        {
            if (ts.Keys[k] is "his" or "her" or "their" && ts.Keys[k + 1] is "country" or "nation" or "government" or "regime" or "army"
                or "military" or "troops" or "people" or "state" or "forces")
            {
                mention.StateCue = true;
                break;
            }
        }
    }
}
