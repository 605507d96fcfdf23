using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Events;
using NewsTreaty.Domain.Ingestion.Chronology;
using NewsTreaty.Domain.Ingestion.Nlp;

namespace NewsTreaty.Domain.Ingestion;

/// <summary>
/// Stage 6: dated happenings, matched to timeline events or proposed as new ones. Each resolved time expression
/// in the body is paired with the nearest event word in its sentence ("pulled out" … "in 1996", "a 1961 treaty");
/// the pair is matched to a known event whose date range is compatible, whose kind is related and whose actors
/// the sentence names (not by wording), else proposed as a new event with the sentence's actors.
/// </summary>
public sealed class EventExtractor
{
    private const double MatchThreshold = 2.5;

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A stage instance, like the others; it keeps no state of its own.")]
    public IReadOnlyList<EventProposal> Run(CleanedArticle article, ArticleMetadata metadata, ActorResolution actors,
        IReadOnlyList<TimeExpression> times, KnowledgeSnapshot knowledge)
    {
        var document = Document.Of(article);
        var streams = new Dictionary<int, TokenStream>();
        var proposals = new List<EventProposal>();
        for (var t = 0; t < times.Count; t++)
        {
            var time = times[t];
            if (time.Date is null || !time.Span.FitsIn(document.Text.Length) || document.ParagraphAt(time.Span.Start) is not { } paragraph
                || paragraph.Part is not (ArticlePart.Body or ArticlePart.Standfirst or ArticlePart.Headline))
            {
                continue;
            }

            if (!streams.TryGetValue(paragraph.Index, out var ts))
            {
                streams[paragraph.Index] = ts = TokenStream.Of(document.Text, paragraph);
            }

            var sentence = paragraph.Sentences.FirstOrDefault(s => s.Contains(new TextSpan(time.Span.Start, time.Span.Start)) || s.Overlaps(time.Span));
            var (from, to) = TokenRange(ts, sentence);
            var at = ts.Tokens.FindIndex(from, Math.Max(0, to - from), x => x.Start >= time.Span.Start);
            var cue = EventCues.Find(ts, from, to)
                .Select(c => (Cue: c, Distance: Math.Abs(c.Token - at) + (CommaBetween(ts, c.Token, at) ? 5 : 0)))
                .Where(x => x.Distance <= 10)
                .OrderBy(x => x.Distance)
                .FirstOrDefault().Cue;
            if (at < 0 || to <= from || cue.Length == 0)
            {
                continue;
            }

            var mentionIndexes = actors.Mentions.Select((m, i) => (m, i)).Where(x => sentence.Contains(x.m.Span) && x.m.Resolution != MentionResolution.Ambiguous).Select(x => x.i).ToList();
            var actorIds = mentionIndexes.Select(i => actors.Mentions[i].ActorId).OfType<int>().ToHashSet();
            var span = new TextSpan(Math.Min(time.Span.Start, ts.Tokens[cue.Token].Start), Math.Max(time.Span.End, ts.Tokens[cue.Token + cue.Length - 1].End));
            var best = knowledge.Events
                .Select(e => (Event: e, Score: Score(e, cue.Kind, time, actorIds)))
                .Where(x => x.Score >= MatchThreshold)
                .OrderByDescending(x => x.Score)
                .FirstOrDefault();
            if (best.Event is null && time.Kind == TimeKind.Duration)
            {
                continue; // "sixty years" may confirm a known event; it does not date a new one
            }

            proposals.Add(best.Event is { } known
                ? new EventProposal(span, known.Title, known.Kind, known.Date, t, mentionIndexes, known.Id, known.Slug, Math.Min(0.95, best.Score / 5),
                    $"'{time.Text}' fits its date {known.Date}; '{ts.Tokens[cue.Token].Of(document.Text)}' fits its kind; {actorIds.Count(known.ActorIds.Contains)} of its actors named")
                : new EventProposal(span, Title(document.Text, ts, sentence, cue, actors, mentionIndexes), cue.Kind, time.Date, t, mentionIndexes, null, null, 0.5,
                    $"no timeline event fits '{time.Text}' and '{ts.Tokens[cue.Token].Of(document.Text)}'"));
        }

        // One proposal per matched event, and per new (kind, date): the most confident.
        return proposals
            .GroupBy(p => p.MatchedEventId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? $"{p.Kind}|{p.Date}")
            .Select(g => g.MaxBy(p => p.Confidence)!)
            .OrderBy(p => p.Span.Start)
            .ToList();
    }

    private static double Score(KnownEvent known, EventKind kind, TimeExpression time, HashSet<int> actorIds)
    {
        if (!Compatible(time.Date!, time.EndDate, known.Date, known.EndDate))
        {
            return 0;
        }

        var score = 1.0 + (known.Kind == kind ? 1.5 : EventCues.Related(known.Kind, kind) ? 1 : 0);
        var shared = known.ActorIds.Count(actorIds.Contains);
        score += known.ActorIds.Count == 0 ? 0 : Math.Min(1.5, shared * 0.75);

        // A day or month that agrees says more than a year that does.
        score += time.Date!.Precision >= DatePrecision.Month && known.Date.Precision >= DatePrecision.Month ? 0.5 : 0;
        return score;
    }

    /// <summary>True when the two date ranges overlap (approximate dates are widened by their own precision).</summary>
    internal static bool Compatible(PartialDate date, PartialDate? endDate, PartialDate eventDate, PartialDate? eventEnd)
    {
        var (start, end) = Range(date, endDate);
        var (eventStart, eventFinish) = Range(eventDate, eventEnd);
        return start <= eventFinish && eventStart <= end;
    }

    private static (DateOnly Start, DateOnly End) Range(PartialDate date, PartialDate? end)
    {
        var last = (end ?? date).End;
        var first = date.Start;
        if (date.Approximate)
        {
            var widen = date.Precision switch { DatePrecision.Year => 365, DatePrecision.Month => 31, _ => 3 };
            first = first.AddDays(-widen);
            last = last.AddDays(widen);
        }

        return (first, last);
    }

    private static bool CommaBetween(TokenStream ts, int a, int b)
    {
        for (var k = Math.Min(a, b) + 1; k < Math.Max(a, b); k++)
        {
            if (ts.IsPunct(k, ','))
            {
                return true;
            }
        }

        return false;
    }

    private static (int From, int To) TokenRange(TokenStream ts, TextSpan sentence)
    {
        var from = ts.Tokens.FindIndex(t => t.Start >= sentence.Start);
        if (from < 0)
        {
            return (0, 0);
        }

        var to = from;
        while (to < ts.Count && ts.Tokens[to].End <= sentence.End)
        {
            to++;
        }

        return (from, to);
    }

    /// <summary>A working title for a new event: the actor before the event word, the word and what follows it, up to a comma.</summary>
    private static string Title(string text, TokenStream ts, TextSpan sentence, EventCue cue, ActorResolution actors, List<int> mentions)
    {
        var cueStart = ts.Tokens[cue.Token].Start;
        var subject = mentions.Select(i => actors.Mentions[i]).Where(m => m.Span.End <= cueStart && cueStart - m.Span.End < 60).LastOrDefault();
        var start = subject?.Span.Start ?? cueStart;
        var end = cue.Token + cue.Length - 1;
        for (var k = end + 1; k < Math.Min(ts.Count, end + 8) && ts.Tokens[k].End <= sentence.End; k++)
        {
            if (ts.Tokens[k].Kind == TokenKind.Punctuation && text[ts.Tokens[k].Start] is ',' or '.' or ';' or ':' or '—' or '–')
            {
                break;
            }

            end = k;
        }

        var title = text[start..ts.Tokens[end].End].ReplaceLineEndings(" ").Trim();
        return title.Length > 0 ? char.ToUpperInvariant(title[0]) + title[1..] : title;
    }
}
