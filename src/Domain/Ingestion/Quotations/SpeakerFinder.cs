using System.Collections.Frozen;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Ingestion.Nlp;

namespace NewsTreaty.Domain.Ingestion.Quotations;

/// <summary>
/// Finds who says something: after a quote ("…,” says Jenny Town", "…,” Putin told …", "…”, the North Korean
/// dictator gushed"), before it in its sentence ("Kim pledged to “…”", "Mr Putin’s remark that … “…”",
/// "Bloomberg: … “…”"), or as the subject of a reporting verb in reported speech ("Kim said the agreement …",
/// "…, notes Bloomberg", "according to X"). "He said" takes the last person named before it (inferred).
/// </summary>
internal sealed class SpeakerFinder(ClaimText doc)
{
    private static readonly FrozenSet<string> SpeechNouns = FrozenSet.ToFrozenSet(
    [
        "remark", "remarks", "statement", "statements", "words", "pledge", "promise", "claim", "comments", "comment",
        "message", "warning", "speech", "letter", "vow", "assertion", "description", "insistence", "call", "tweet",
        "post", "article", "op-ed", "interview", "address", "declaration", "announcement", "view", "verdict",
    ], StringComparer.Ordinal);

    private static readonly System.Buffers.SearchValues<char> Breaks = System.Buffers.SearchValues.Create(".;:,“”\"");

    /// <summary>Words that are verbs or nouns ("states", "pledge", "reads"): verbs only after a subject-like word or a comma.</summary>
    private static readonly FrozenSet<string> NounOrVerb = FrozenSet.ToFrozenSet(
    [
        "pledge", "pledges", "promise", "promises", "claim", "claims", "remark", "remarks", "comment", "comments", "call",
        "calls", "report", "reports", "post", "posts", "note", "notes", "state", "states", "read", "reads", "vow", "vows",
        "warning", "statement", "message", "reply", "replies", "tweet", "tweets", "estimate", "estimates", "stress",
        "point", "caution", "demands",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = FrozenSet.ToFrozenSet(
    [
        "the", "a", "an", "two", "both", "these", "those", "its", "their", "his", "her", "our", "all", "many", "some",
        "other", "several", "three", "four", "this", "that", "each", "every", "any", "no", "whose", "which", "era", "s",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Pronouns = FrozenSet.ToFrozenSet(["he", "she", "they", "we", "i"], StringComparer.Ordinal);

    /// <summary>"…,” says X" / "…,” X said": a speaker within the dozen tokens after the quote, in its sentence.</summary>
    public Claimant? AfterQuote(TokenStream ts, Quotation quote)
    {
        var first = ts.FirstAtOrAfter(quote.Outer.End);
        if (first >= ts.Count)
        {
            return null;
        }

        var sentence = ts.Sentences[Math.Max(0, first - 1)];
        for (var v = first; v < Math.Min(ts.Count, first + 12) && ts.Sentences[v] <= sentence + (ts.Sentences[first] > sentence ? 1 : 0); v++)
        {
            if (IsQuoteMark(ts, v) || ts.IsPunct(v, '.') || ts.IsPunct(v, ';') || ts.IsPunct(v, ':'))
            {
                break;
            }

            if (!IsVerb(ts, v) || ts.Keys[v] == "according")
            {
                continue;
            }

            // Between the quote and its verb only a speaker fits: a name, a pronoun or a short noun phrase.
            if (WordsBetween(ts, first, v) > 5 && doc.LastMentionIn(new TextSpan(quote.Outer.End, ts.Tokens[v].Start)) is null)
            {
                break;
            }

            var attribution = new TextSpan(quote.Outer.End, ts.Tokens[v].End);
            if (doc.LastMentionIn(new TextSpan(quote.Outer.End, ts.Tokens[v].Start)) is { } before)
            {
                return Speaker(before, Extend(attribution, before), inferred: false);
            }

            if (Pronouns.Contains(ts.KeyAt(v - 1)) || Pronouns.Contains(ts.KeyAt(v + 1)))
            {
                return Pronoun(quote.Outer.Start, attribution);
            }

            // "said Duyeon Kim", or "said the council’s transport lead, Gareth Mwangi": a role and a comma before the name.
            var reach = ts.IsPunct(Enumerable.Range(v + 1, Math.Max(0, Math.Min(ts.Count - v - 1, 8))).FirstOrDefault(k => ts.IsPunct(k, ','), -1), ',') ? 10 : 4;
            var after = doc.FirstMentionIn(new TextSpan(ts.Tokens[v].End, ts.Tokens[Math.Min(ts.Count - 1, v + reach)].End));
            if (after is not null)
            {
                return Speaker(after.Value, Extend(attribution, after.Value), inferred: false);
            }

            var phrase = ts.Tokens[first].Start < ts.Tokens[v].Start ? new TextSpan(ts.Tokens[first].Start, ts.Tokens[v].Start).Of(doc.Text).Trim(' ', ',', '—', '–') : "";
            return new Claimant(null, false, attribution, false, phrase.Length > 0 ? $"said by '{phrase}', not a named actor" : "speaker not named");
        }

        return null;
    }

    /// <summary>"Kim pledged to “…”", "Mr Putin’s remark that … “…”", "Bloomberg: … “…”": the reporting verb or noun before the quote, and its subject.</summary>
    public Claimant? BeforeQuote(TokenStream ts, Quotation quote)
    {
        var q = ts.FirstAtOrAfter(quote.Outer.Start);
        if (q <= 0 || q >= ts.Count)
        {
            return null;
        }

        var sentence = ts.Sentences[q];
        var sentenceStart = q;
        while (sentenceStart > 0 && q - sentenceStart < 40 && ts.Sentences[sentenceStart - 1] == sentence)
        {
            sentenceStart--;
        }

        // "Bloomberg: …" — a headline or lead naming its source.
        if ((ts.IsPunct(sentenceStart + 1, ':') || ts.IsPunct(sentenceStart + 2, ':')) && sentenceStart + 2 <= ts.Count)
        {
            if (doc.FirstMentionIn(ts.SpanOf(sentenceStart, sentenceStart + 2)) is { } source)
            {
                return Speaker(source, doc.Mentions[source].Span, inferred: false);
            }
        }

        for (var v = q - 1; v >= Math.Max(sentenceStart, q - 30); v--)
        {
            var key = ts.Keys[v];
            var isVerb = IsVerb(ts, v) && key != "according" && !IsPassive(ts, v);
            if (!isVerb && !SpeechNouns.Contains(key))
            {
                continue;
            }

            // The subject stands right before its verb ("Kim pledged", "US officials have said"), or a few words back
            // before a participle ("The spokesperson went one step further, saying").
            var reach = key.EndsWith("ing", StringComparison.Ordinal) ? 12 : 4;
            var from = ts.Tokens[Math.Max(sentenceStart, v - reach)].Start;
            if (doc.LastMentionIn(new TextSpan(from, ts.Tokens[v].Start), person: isVerb ? null : true) is { } subject
                && !doc.MentionIsPlaceComplement(subject) && (reach > 4 || !HasComma(doc.Mentions[subject].Span.End, ts.Tokens[v].Start)))
            {
                return Speaker(subject, new TextSpan(doc.Mentions[subject].Span.Start, ts.Tokens[v].End), inferred: false);
            }

            if (isVerb && Pronouns.Contains(ts.KeyAt(v - 1)))
            {
                return Pronoun(quote.Outer.Start, ts.SpanOf(v - 1, v + 1));
            }

            if (isVerb)
            {
                var phrase = ts.SpanOf(sentenceStart, v).Of(doc.Text);
                return new Claimant(null, false, ts.SpanOf(sentenceStart, v + 1), false, $"said by '{Shorten(phrase)}', not a named actor");
            }
        }

        return null;
    }

    /// <summary>The subject of a reporting verb in a clause without a quote: "Kim said the agreement …", "…, notes Bloomberg".</summary>
    public (Claimant Claimant, int Verb)? Reporting(TokenStream ts, TextSpan clause)
    {
        var from = ts.FirstAtOrAfter(clause.Start);
        if (from >= ts.Count)
        {
            return null;
        }

        var to = from;
        while (to < ts.Count && ts.Tokens[to].End <= clause.End && to - from < 400)
        {
            to++;
        }

        for (var v = from; v < to; v++)
        {
            var key = ts.Keys[v];
            if (key is "according" && ts.KeyAt(v + 1) == "to" && doc.FirstMentionIn(ts.SpanOf(v + 2, Math.Min(to, v + 6))) is { } source)
            {
                return (Speaker(source, new TextSpan(ts.Tokens[v].Start, doc.Mentions[source].Span.End), inferred: false), v);
            }

            if (!Lexicon.ReportingVerbs.Contains(key) || !IsVerb(ts, v) || IsPassive(ts, v) || ts.KeyAt(v - 1) == "to"
                || ts.KeyAt(v + 1) is "off" or "up" or "down" or "out" or "away"
                || ts.KeyAt(v + 1) is "to" or "by" or "with" or "on" or "in" or "for" or "of" && key is not ("pledged" or "promised" or "vowed" or "threatened"))
            {
                continue;
            }

            // "…, notes Bloomberg." — the verb, then its subject, at the end of the clause.
            if (ts.IsPunct(v - 1, ',') && doc.FirstMentionIn(ts.SpanOf(v + 1, Math.Min(to, v + 5))) is { } after && v + 5 >= to)
            {
                return (Speaker(after, new TextSpan(ts.Tokens[v].Start, doc.Mentions[after].Span.End), inferred: false), v);
            }

            if (ApposedSubject(ts, v, from) is { } apposed)
            {
                return (Speaker(apposed, new TextSpan(doc.Mentions[apposed].Span.Start, ts.Tokens[v].End), inferred: false), v);
            }

            var window = new TextSpan(ts.Tokens[Math.Max(from, v - 4)].Start, ts.Tokens[v].Start);
            if (doc.LastMentionIn(window) is { } subject && !doc.MentionIsPlaceComplement(subject)
                && !doc.Text.AsSpan(doc.Mentions[subject].Span.End, ts.Tokens[v].Start - doc.Mentions[subject].Span.End).ContainsAny(Breaks))
            {
                return (Speaker(subject, new TextSpan(doc.Mentions[subject].Span.Start, ts.Tokens[v].End), inferred: false), v);
            }

            if (Pronouns.Contains(ts.KeyAt(v - 1)) && ts.KeyAt(v - 1) is not ("we" or "i"))
            {
                return (Pronoun(ts.Tokens[v].Start, ts.SpanOf(v - 1, v + 1)), v);
            }
        }

        return null;
    }

    /// <summary>"Einar Djupvik, a researcher at the institute, said": the name before an apposition that ends in a comma before the verb.</summary>
    private int? ApposedSubject(TokenStream ts, int v, int floor)
    {
        if (!ts.IsPunct(v - 1, ','))
        {
            return null;
        }

        for (var k = v - 2; k >= Math.Max(floor, v - 30); k--)
        {
            if (ts.IsPunct(k, ','))
            {
                return doc.LastMentionIn(new TextSpan(ts.Tokens[Math.Max(floor, k - 6)].Start, ts.Tokens[k].Start)) is { } m
                       && doc.Mentions[m].Span.End == ts.Tokens[k - 1].End ? m : null;
            }

            if (ts.IsPunct(k, '.') || ts.IsPunct(k, ';') || IsQuoteMark(ts, k))
            {
                return null;
            }
        }

        return null;
    }

    private static Claimant Speaker(int mention, TextSpan attribution, bool inferred) =>
        new(mention, false, attribution, inferred, inferred ? "attribution inferred from context" : null);

    /// <summary>"he said": the last person named before <paramref name="before"/>, in this or the previous paragraph.</summary>
    private Claimant Pronoun(int before, TextSpan attribution)
    {
        var paragraph = doc.Document.ParagraphAt(before)?.Index ?? 0;
        for (var i = doc.LastBefore(before); i >= 0; i--)
        {
            var m = doc.Mentions[i];
            if (m.Span.Start >= before || m.Kind != ActorKind.Person || m.Resolution == MentionResolution.Ambiguous)
            {
                continue;
            }

            var mentionParagraph = doc.Document.ParagraphAt(m.Span.Start)?.Index ?? 0;
            if (paragraph - mentionParagraph <= 1)
            {
                return new Claimant(i, false, attribution, true, "pronoun resolved to the last person named before it");
            }

            break;
        }

        return new Claimant(null, false, attribution, true, "pronoun with no person named just before it");
    }

    private TextSpan Extend(TextSpan attribution, int mention) =>
        new(attribution.Start, Math.Max(attribution.End, doc.Mentions[mention].Span.End));

    /// <summary>A reporting verb in use: lower case, not inside a name ("United States"), and for a noun-or-verb word, after a subject, auxiliary or comma.</summary>
    private bool IsVerb(TokenStream ts, int v)
    {
        var key = ts.Keys[v];
        if (!Lexicon.SpeechVerbs.Contains(key) || !char.IsLower(ts.Text[ts.Tokens[v].Start]) || doc.FirstMentionIn(ts.Tokens[v].Span) is not null)
        {
            return false;
        }

        if (Determiners.Contains(ts.KeyAt(v - 1)))
        {
            return false;
        }

        return !NounOrVerb.Contains(key) || ts.IsPunct(v - 1, ',') || Pronouns.Contains(ts.KeyAt(v - 1))
               || ts.KeyAt(v - 1) is "has" or "have" or "had" or "will" or "would" or "also" or "then" or "repeatedly" or "once" or "did" or "to"
               || v > 0 && doc.LastMentionIn(new TextSpan(ts.Tokens[v - 1].Start, ts.Tokens[v - 1].End)) is not null
               || v > 0 && ts.Tokens[v - 1].IsCapitalised(ts.Text);
    }

    private static int WordsBetween(TokenStream ts, int from, int to)
    {
        var words = 0;
        for (var k = from; k < to; k++)
        {
            words += ts.IsWord(k) ? 1 : 0;
        }

        return words;
    }

    private bool HasComma(int from, int to) => to > from && doc.Text.AsSpan(from, to - from).Contains(',');

    private static bool IsPassive(TokenStream ts, int v) =>
        ts.KeyAt(v - 1) is "is" or "are" or "was" or "were" or "be" or "been" or "being" or "widely" && ts.KeyAt(v + 1) is "to" or "by" or "that";

    private static bool IsQuoteMark(TokenStream ts, int k) =>
        ts.Tokens[k].Kind == TokenKind.Punctuation && ts.Text[ts.Tokens[k].Start] is '“' or '"' or '‘' or '«';

    private static string Shorten(string phrase) => phrase.Length <= 60 ? phrase.Trim() : phrase[..57].Trim() + "…";
}
