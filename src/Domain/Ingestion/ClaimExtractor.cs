using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Ingestion.Nlp;
using NewsTreaty.Domain.Ingestion.Quotations;

namespace NewsTreaty.Domain.Ingestion;

/// <summary>
/// Stage 5: quotes, reported speech, assertions with quantities, predictions and hedged statements. A quotation
/// of a sentence or more is a direct-quote claim with its speaker (<see cref="SpeakerFinder"/>); every other body
/// sentence (clause, at a semicolon) that names an actor or states a quantity is a claim whose kind comes from its
/// reporting verb and its words (<see cref="ClaimCues"/>), claimed by the speaker it reports, by the outlet it
/// relays ("notes Bloomberg", inferred) or by the article's own voice. Shorter quotations inside a sentence stay
/// with it, each with its speaker.
/// </summary>
public sealed class ClaimExtractor
{
    private const int MinimumClauseWords = 6;
    private const int MinimumQuoteWords = 6;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A stage instance, like the others; it keeps no state of its own.")]
    public IReadOnlyList<ClaimProposal> Run(CleanedArticle article, ArticleMetadata metadata, ActorResolution actors, IReadOnlyList<TimeExpression> times)
    {
        var doc = new ClaimText(article, actors.Mentions);
        var speakers = new SpeakerFinder(doc);
        var paragraphs = doc.Document.Paragraphs;
        var quotes = QuoteFinder.Find(doc.Text, paragraphs.Select(p => p.Span).ToList());
        var attributed = Attribute(doc, speakers, quotes);
        var voice = Voice(doc, metadata);

        var claims = new List<ClaimProposal>();
        var consumed = new List<TextSpan>();
        foreach (var (quote, speaker) in attributed)
        {
            if (paragraphs[quote.FirstParagraph].Part != ArticlePart.Body || Words(doc.Text, quote.Inner) < MinimumQuoteWords)
            {
                continue;
            }

            var span = speaker.AttributionSpan is { } a && Near(doc.Text, a, quote.Outer) ? Union(quote.Outer, a) : quote.Outer;
            var inner = quote.Inner.Of(doc.Text);
            var (_, hedging) = ClaimCues.Classify(inner, reported: false);
            var who = speaker.MentionIndex is { } m ? doc.Mentions[m].Text : "Unattributed";
            claims.Add(Build(doc, span, inner, $"{who}: “{Normalize(inner)}”", ClaimKind.DirectQuote, hedging == Hedging.Expected ? Hedging.Asserted : hedging,
                speaker, times, speaker.MentionIndex is null ? 0.5 : speaker.Inferred ? 0.75 : 0.9, [new QuotedWords(quote.Inner, speaker)]));
            consumed.Add(span);
        }

        foreach (var paragraph in paragraphs.Where(p => p.Part == ArticlePart.Body))
        {
            var ts = doc.Streams[paragraph.Index];
            foreach (var sentence in paragraph.Sentences)
            {
                if (Covered(sentence, consumed) >= 0.5)
                {
                    continue;
                }

                foreach (var clause in Clauses(doc.Text, sentence))
                {
                    if (Covered(clause, consumed) < 0.5 && SentenceClaim(doc, speakers, ts, clause, attributed, voice, times) is { } claim)
                    {
                        claims.Add(claim);
                    }
                }
            }
        }

        return claims.OrderBy(c => c.Span.Start).ToList();
    }

    private static ClaimProposal? SentenceClaim(ClaimText doc, SpeakerFinder speakers, TokenStream ts, TextSpan clause,
        List<(Quotation Quote, Claimant Speaker)> attributed, Func<TextSpan, Claimant> voice, IReadOnlyList<TimeExpression> times)
    {
        var text = clause.Of(doc.Text);
        if (Words(doc.Text, clause) < MinimumClauseWords || text.TrimEnd().EndsWith('?'))
        {
            return null;
        }

        var quantities = QuantityFinder.Find(doc.Text, clause);
        var mentions = doc.MentionsIn(clause).ToList();
        var reporting = speakers.Reporting(ts, clause);
        var inside = Within(attributed, clause);
        if (mentions.Count == 0 && quantities.Count == 0 && reporting is null)
        {
            return null;
        }

        var quoted = inside.FirstOrDefault(q => q.Speaker.MentionIndex is not null).Speaker;
        var claimant = reporting?.Claimant ?? quoted ?? voice(clause);
        var (kind, hedging) = ClaimCues.Classify(text, reported: reporting is not null || quoted is not null);
        var confidence = reporting is not null || quoted is not null ? 0.8 : quantities.Count > 0 ? 0.75 : 0.6;
        return Build(doc, clause, text, Normalize(text), kind, hedging, claimant, times, confidence,
            inside.Select(q => new QuotedWords(q.Quote.Inner, q.Speaker)).ToList(), quantities);
    }

    private static ClaimProposal Build(ClaimText doc, TextSpan span, string quote, string text, ClaimKind kind, Hedging hedging, Claimant claimant,
        IReadOnlyList<TimeExpression> times, double confidence, IReadOnlyList<QuotedWords> quotations, IReadOnlyList<QuantityProposal>? quantities = null)
    {
        var claimantActor = claimant.MentionIndex is { } c ? Identity(doc.Mentions[c]) : null;
        var subjects = doc.MentionsIn(span)
            .Where(i => i != claimant.MentionIndex && doc.Mentions[i].Resolution != MentionResolution.Ambiguous && Identity(doc.Mentions[i]) != claimantActor)
            .DistinctBy(i => Identity(doc.Mentions[i]))
            .ToList();
        var timeIndexes = times.Select((t, i) => (t, i)).Where(x => x.t.Span.Overlaps(span)).Select(x => x.i).ToList();
        return new ClaimProposal(span, quote, text, kind, hedging, claimant, subjects, quantities ?? QuantityFinder.Find(doc.Text, span), timeIndexes,
            Math.Round(confidence, 2), quotations);
    }

    /// <summary>Each quotation with its speaker: after it, before it in its sentence, or — for a quote standing alone — the speaker of the quote just before it.</summary>
    private static List<(Quotation Quote, Claimant Speaker)> Attribute(ClaimText doc, SpeakerFinder speakers, List<Quotation> quotes)
    {
        var result = new List<(Quotation, Claimant)>(quotes.Count);
        Claimant? previous = null;
        var previousParagraph = -1;
        foreach (var quote in quotes)
        {
            var ts = doc.Streams[quote.LastParagraph];
            var speaker = speakers.AfterQuote(ts, quote) ?? speakers.BeforeQuote(doc.Streams[quote.FirstParagraph], quote);
            if (speaker is null && previous is { MentionIndex: not null } && quote.FirstParagraph - previousParagraph <= 1 && StandsAlone(doc, quote))
            {
                speaker = previous with { Inferred = true, AttributionSpan = null, Note = "continues the quotation before it" };
            }

            speaker ??= new Claimant(null, false, null, false, "no speaker found: a title, a term or scare quotes");
            result.Add((quote, speaker));
            if (speaker.MentionIndex is not null)
            {
                previous = speaker;
                previousParagraph = quote.LastParagraph;
            }
        }

        return result;
    }

    /// <summary>A quote that is its whole sentence (nothing but the quote between sentence boundaries).</summary>
    private static bool StandsAlone(ClaimText doc, Quotation quote)
    {
        var paragraph = doc.Document.Paragraphs[quote.FirstParagraph];
        var sentences = paragraph.Sentences;
        int low = 0, high = sentences.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (sentences[mid].Start == quote.Outer.Start)
            {
                return true;
            }

            if (sentences[mid].Start < quote.Outer.Start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return false;
    }

    /// <summary>Who speaks where nobody is quoted: the outlet it relays ("notes Bloomberg", inferred), else the article's own voice.</summary>
    private static Func<TextSpan, Claimant> Voice(ClaimText doc, ArticleMetadata metadata)
    {
        for (var i = 0; i < doc.Mentions.Count; i++)
        {
            var m = doc.Mentions[i];
            if (m.Kind != ActorKind.Media || m.Resolution == MentionResolution.Ambiguous)
            {
                continue;
            }

            var before = doc.Text.AsSpan(Math.Max(0, m.Span.Start - 16), Math.Min(16, m.Span.Start)).Trim();
            var after = doc.Text.AsSpan(m.Span.End, Math.Min(12, doc.Text.Length - m.Span.End)).TrimStart();
            if (before.EndsWith("notes", StringComparison.OrdinalIgnoreCase) || before.EndsWith("writes", StringComparison.OrdinalIgnoreCase)
                || before.EndsWith("according to", StringComparison.OrdinalIgnoreCase) || before.EndsWith("reports", StringComparison.OrdinalIgnoreCase)
                || after.StartsWith("reported", StringComparison.OrdinalIgnoreCase) || after.StartsWith("reports", StringComparison.OrdinalIgnoreCase))
            {
                var relay = i;
                return _ => new Claimant(relay, false, doc.Mentions[relay].Span, true, $"the article relays {doc.Mentions[relay].Text}'s reporting");
            }
        }

        var note = metadata.Byline?.Value is { } byline ? $"the author, {byline}" : metadata.OutletName?.Value is { } outlet ? outlet : "the article's own voice";
        return _ => new Claimant(null, true, null, false, note);
    }

    /// <summary>A sentence, cut at semicolons when both sides are clauses of their own.</summary>
    private static IEnumerable<TextSpan> Clauses(string text, TextSpan sentence)
    {
        var start = sentence.Start;
        for (var i = sentence.Start; i < sentence.End; i++)
        {
            if (text[i] == ';' && Words(text, new TextSpan(start, i)) >= 5 && Words(text, new TextSpan(i + 1, sentence.End)) >= 5)
            {
                yield return Document.Trim(text, start, i + 1) ?? new TextSpan(start, i + 1);
                start = i + 1;
            }
        }

        if (Document.Trim(text, start, sentence.End) is { } last)
        {
            yield return last;
        }
    }

    /// <summary>The share of <paramref name="span"/> inside consumed spans (kept in reading order, so a binary search finds the first).</summary>
    private static double Covered(TextSpan span, List<TextSpan> consumed)
    {
        int low = 0, high = consumed.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (consumed[mid].End <= span.Start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        var covered = 0;
        for (var i = Math.Max(0, low - 1); i < consumed.Count && consumed[i].Start < span.End; i++)
        {
            if (consumed[i].Overlaps(span))
            {
                covered += Math.Min(consumed[i].End, span.End) - Math.Max(consumed[i].Start, span.Start);
            }
        }

        return span.Length == 0 ? 1 : Math.Min(1, (double)covered / span.Length);
    }

    /// <summary>The quotations inside <paramref name="clause"/>; they are in reading order.</summary>
    private static List<(Quotation Quote, Claimant Speaker)> Within(List<(Quotation Quote, Claimant Speaker)> attributed, TextSpan clause)
    {
        int low = 0, high = attributed.Count;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (attributed[mid].Quote.Outer.Start < clause.Start)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }

        var inside = new List<(Quotation, Claimant)>();
        for (var i = low; i < attributed.Count && attributed[i].Quote.Outer.Start < clause.End; i++)
        {
            if (clause.Contains(attributed[i].Quote.Outer))
            {
                inside.Add(attributed[i]);
            }
        }

        return inside;
    }

    private static bool Near(string text, TextSpan attribution, TextSpan quote)
    {
        var gap = attribution.Start >= quote.End ? new TextSpan(quote.End, attribution.Start)
            : attribution.End <= quote.Start ? new TextSpan(attribution.End, quote.Start) : new TextSpan(quote.Start, quote.Start);
        return gap.Length < 200 && !gap.Of(text).Contains('\n', StringComparison.Ordinal);
    }

    private static TextSpan Union(TextSpan a, TextSpan b) => new(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));

    private static int Words(string text, TextSpan span)
    {
        var words = 0;
        var inWord = false;
        for (var i = span.Start; i < span.End; i++)
        {
            var letter = char.IsLetterOrDigit(text[i]);
            if (letter && !inWord)
            {
                words++;
            }

            inWord = letter;
        }

        return words;
    }

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string? Identity(ActorMention m) => m.ActorSlug ?? m.NewActorKey ?? (m.Candidates.Count > 0 ? "?" + m.Candidates[0] : null);
}
