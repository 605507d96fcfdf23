using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Ingestion.Cleaning;

namespace NewsTreaty.Domain.Ingestion.Metadata;

/// <summary>
/// The publication date, from the article's own evidence only, in this order: the page's machine-readable date,
/// the timestamp printed with the article (an "Updated" stamp when it is the only one), the print edition's date,
/// the dateline's day (its year from the text), the caller's hint, and last an inference from known events the
/// article speaks of. Dates of removed furniture (related stories, teasers) are never read.
/// </summary>
internal static class PublicationFinder
{
    public static Supported<Publication>? Find(RawArticle raw, CleanedArticle article, KnowledgeSnapshot knowledge)
    {
        var stamps = article.SpansOf(ArticlePart.Timestamp).ToList();
        var visible = stamps.Count > 0 ? stamps[0].Of(article.Text) : null;
        if (article.Page?.Published is { } machine && StampReader.ReadMachine(machine, visible) is { } fromPage)
        {
            return Stated(fromPage, DateBasis.Stated, null, 0.95, "the page's published date (meta tags or JSON-LD)");
        }

        var original = stamps.Where(s => !IsUpdate(s.Of(article.Text))).Concat(stamps.Where(s => IsUpdate(s.Of(article.Text))));
        foreach (var span in original)
        {
            var text = span.Of(article.Text);
            if (StampReader.Read(text) is { } stamp)
            {
                var updated = IsUpdate(text);
                return Stated(stamp, DateBasis.Stated, span, updated ? 0.8 : 0.95,
                    updated ? "from the \"Updated\" stamp: the first publication may be earlier" : "the timestamp printed with the article");
            }
        }

        foreach (var span in article.SpansOf(ArticlePart.Edition))
        {
            var text = span.Of(article.Text);
            if (text.Contains("edition", StringComparison.OrdinalIgnoreCase) && StampReader.Read(text) is { } edition)
            {
                return Stated(edition with { Time = null, Zone = null }, DateBasis.EditionDate, span, 0.9, "the print edition's date");
            }
        }

        if (FromDateline(article) is { } dateline)
        {
            return dateline;
        }

        if (FromHint(raw.PublishedHint) is { } hint)
        {
            return hint;
        }

        return EventInference.Infer(article, knowledge);
    }

    /// <summary>An "Updated" stamp names the update before its date ("Updated 9 September 2021"); one after the date is a note.</summary>
    private static bool IsUpdate(string text)
    {
        var word = text.IndexOf("updated", StringComparison.OrdinalIgnoreCase);
        word = word >= 0 ? word : text.IndexOf("modified", StringComparison.OrdinalIgnoreCase);
        var date = LinePatterns.HasDate().Match(text);
        return word >= 0 && (!date.Success || word < date.Index);
    }

    private static Supported<Publication> Stated(Stamp stamp, DateBasis basis, TextSpan? span, double confidence, string note) =>
        new(new Publication(stamp.Date, stamp.Time, stamp.Zone, basis, note), span is null ? Evidence.Text : Evidence.Text, span, confidence, note);

    /// <summary>"BUSAN, March 14 (Agency) -": the day is the article's; the year is the latest the article names.</summary>
    private static Supported<Publication>? FromDateline(CleanedArticle article)
    {
        if (article.SpanOf(ArticlePart.Dateline) is not { } span || Time.TimePatterns.DayMonth().Match(span.Of(article.Text)) is not { Success: true } match)
        {
            return null;
        }

        var latest = article.Body.SelectMany(b => TimeResolver.Resolve(b.Of(article.Text), null))
            .Where(t => t.Kind == TimeKind.Absolute && t.Date is not null).Select(t => t.Date!.Year).DefaultIfEmpty(0).Max();
        if (latest == 0 || Time.Calendar.OfDay(latest, Time.Calendar.Month(match.Groups["m"].Value), Time.Calendar.Day(match.Groups["d"].Value), approximate: true) is not { } date)
        {
            return null;
        }

        var note = $"the dateline's day; the year {latest} is the latest the article names, so check it";
        return new(new Publication(date, null, null, DateBasis.Inferred, note), Evidence.Inferred, span, 0.5, note);
    }

    private static Supported<Publication>? FromHint(string? hint)
    {
        if (string.IsNullOrWhiteSpace(hint))
        {
            return null;
        }

        var stamp = PartialDate.TryParse(hint, out var date) ? new Stamp(date, null, null) : StampReader.ReadMachine(hint, null) ?? StampReader.Read(hint);
        return stamp is null ? null : new(new Publication(stamp.Date, stamp.Time, stamp.Zone, DateBasis.Stated, "given by the caller"), Evidence.Hint, null, 0.9, "given by the caller");
    }
}
