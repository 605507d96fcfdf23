using System.Globalization;
using System.Net;
using System.Text.Json.Serialization;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Timeline;

namespace NewsTreaty.Api.Formats;

/// <summary>
/// The TimelineJS 3 JSON format (https://timeline.knightlab.com/docs/json-format.html): a timeline a page
/// can hand to <c>new TL.Timeline(id, url)</c> as is. A year-only date gives only its year, never a fake
/// 1 January; headline and text are HTML-encoded because TimelineJS renders them as HTML.
/// </summary>
public static class TimelineJs
{
    public sealed record Document(
        [property: JsonPropertyName("title")] Slide Title,
        [property: JsonPropertyName("events")] IReadOnlyList<Slide> Events,
        [property: JsonPropertyName("eras")] IReadOnlyList<Slide> Eras);

    public sealed record Slide(
        [property: JsonPropertyName("start_date"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Date? StartDate,
        [property: JsonPropertyName("end_date"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] Date? EndDate,
        [property: JsonPropertyName("text")] Text Text,
        [property: JsonPropertyName("group"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Group,
        [property: JsonPropertyName("unique_id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? UniqueId);

    public sealed record Text([property: JsonPropertyName("headline")] string Headline, [property: JsonPropertyName("text")] string Body);

    public sealed record Date(
        [property: JsonPropertyName("year")] string Year,
        [property: JsonPropertyName("month"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Month,
        [property: JsonPropertyName("day"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Day,
        [property: JsonPropertyName("display_date"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? DisplayDate);

    public static Document From(TimelineView timeline) => new(
        new Slide(null, null, new Text("The Russia–North Korea treaties, 1961–2024",
            "Events, with the number of articles and independent sources behind each. Data: NewsTreaty."), null, "title"),
        timeline.Events.Select(e => new Slide(
            Of(e.Date), e.EndDate is null ? null : Of(e.EndDate),
            new Text(Encode(e.Title), $"<p>{Encode(e.Summary)}</p><p>{Sources(e.Articles, e.IndependentSources)}</p>"),
            e.Era is null ? null : Encode(timeline.Eras.FirstOrDefault(x => x.Slug == e.Era)?.Name ?? e.Era),
            "event-" + e.Slug)).ToList(),
        timeline.Eras.Select(era => new Slide(
            Of(era.Start), Of(era.End ?? DateView.Of(PartialDate.OfDay(timeline.End))),
            new Text(Encode(era.Name), Encode(era.Summary ?? "")), null, "era-" + era.Slug)).ToList());

    private static Date Of(DateView date)
    {
        var start = date.Start;
        var year = start.Year.ToString(CultureInfo.InvariantCulture);
        var display = date.Approximate ? date.Display : null; // Display already says "c."
        return date.Precision switch
        {
            DatePrecision.Year => new Date(year, null, null, display),
            DatePrecision.Month => new Date(year, start.Month.ToString(CultureInfo.InvariantCulture), null, display),
            _ => new Date(year, start.Month.ToString(CultureInfo.InvariantCulture), start.Day.ToString(CultureInfo.InvariantCulture), display),
        };
    }

    private static string Sources(int articles, int sources) =>
        $"{articles} article{(articles == 1 ? "" : "s")}, {sources} independent source{(sources == 1 ? "" : "s")}.";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
