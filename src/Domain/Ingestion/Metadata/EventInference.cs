using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Ingestion.Cleaning;
using NewsTreaty.Domain.Ingestion.Time;

namespace NewsTreaty.Domain.Ingestion.Metadata;

/// <summary>
/// For an article with no date on the page: the known events it speaks of date it. A sentence that says "today",
/// "yesterday" or "tomorrow" about a known dated event gives the day; otherwise the latest known event it tells
/// in the past tense is the earliest the article can be. Events must share distinctive words with the sentence
/// and a word for their kind ("signed", "visit", "said"), and cannot predate the latest year the article names.
/// The result is approximate, Evidence.Inferred, with the reasoning in the note, for an editor to confirm.
/// </summary>
internal static partial class EventInference
{
    private const double MinimumScore = 2.5;

    public static Supported<Publication>? Infer(CleanedArticle article, KnowledgeSnapshot knowledge)
    {
        var events = knowledge.Events.Where(e => e.Date.Precision == DatePrecision.Day).ToList();
        if (events.Count == 0)
        {
            return null;
        }

        var body = article.Body.Select(b => b.Of(article.Text)).ToList();
        var latestYear = body.SelectMany(p => TimeResolver.Resolve(p, null))
            .Where(t => t.Kind == TimeKind.Absolute && t.Date is not null).Select(t => t.Date!.Year).DefaultIfEmpty(0).Max();
        var weights = EventWords.Weights(events);
        var titles = events.Select(e => EventWords.Stems(e.Title).Distinct().ToList()).ToList();
        (KnownEvent Event, int Offset, string Sentence)? deictic = null;
        (KnownEvent Event, string Sentence)? latestPast = null;
        // Past a few hundred sentences an undated text is not a news article; its date is for an editor to give.
        foreach (var sentence in body.SelectMany(Sentences).Take(400))
        {
            var stems = EventWords.Stems(sentence).ToHashSet(StringComparer.Ordinal);
            var best = events.Select((e, i) => (Event: e, Score: e.Date.Year >= latestYear ? EventWords.Score(e, titles[i], sentence, stems, weights) : 0))
                .Where(s => s.Score >= MinimumScore)
                .OrderByDescending(s => s.Score).Select(s => s.Event).FirstOrDefault();
            if (best is null)
            {
                continue;
            }

            var word = Deixis().Match(sentence);
            if (word.Success && deictic is null)
            {
                var offset = word.Value.ToLowerInvariant() switch { "yesterday" => 1, "tomorrow" => -1, _ => 0 };
                deictic = (best, offset, sentence);
            }
            else if (!word.Success && TimePatterns.PastCue().IsMatch(sentence) && (latestPast is null || best.Date > latestPast.Value.Event.Date))
            {
                latestPast = (best, sentence);
            }
        }

        if (deictic is { } d && Calendar.AddDays(d.Event.Date.Start, d.Offset) is { } day && Calendar.OfDay(day, approximate: true) is { } date)
        {
            return Inferred(date, $"No date on the page. It speaks of \"{d.Event.Title}\" ({d.Event.Date}) as {(d.Offset == 0 ? "happening today" : d.Offset > 0 ? "yesterday's" : "tomorrow's")}; check the day (time zones).", 0.5);
        }

        if (latestPast is { } p && Calendar.OfDay(p.Event.Date.Start, approximate: true) is { } after)
        {
            return Inferred(after, $"No date on the page. The latest known event it reports is \"{p.Event.Title}\" ({p.Event.Date}), so it was published then or later.", 0.4);
        }

        return null;
    }

    private static Supported<Publication> Inferred(PartialDate date, string note, double confidence) =>
        new(new Publication(date, null, null, DateBasis.Inferred, note), Evidence.Inferred, null, confidence, note);

    private static IEnumerable<string> Sentences(string paragraph) => SentenceBreak().Split(paragraph);

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:today|tonight|yesterday|tomorrow|this\s+week)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Deixis();

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<=[.!?][""”’]?)\s+(?=[""“‘]?\p{Lu})", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex SentenceBreak();
}
