using FsCheck;
using FsCheck.Fluent;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Tests.Ingestion;

/// <summary>
/// Inputs that look like what arrives: pages built from headline, stamp, byline, dateline, body and furniture
/// lines with dates in every shape (valid and near-valid), HTML with its tags broken at random, right-to-left and
/// control characters, unbalanced quotes; plus raw noise.
/// </summary>
internal static class Generators
{
    private static readonly string[] Months = ["January", "Feb", "March", "May", "June", "Sept", "October", "Dec", "Juny", "may"];
    private static readonly string[] Weekdays = ["Monday", "Wednesday", "Sunday", "Tues", "friday"];
    private static readonly string[] Furniture =
    [
        "Share", "Listen (5 min)", "More from Asia", "Most read", "Comments", "Advertisement", "© 2024 The Daily Example",
        "Change font size", "المزيد من القصص", "Подписаться", "|", "time to read", "From the June 22nd 2024 edition",
        "Photo: Agency", "(Reporting by A. Writer; Editing by B. Editor)", "Explore more", "Read Next",
    ];

    private static readonly string[] Words =
    [
        "the", "minister", "said", "treaty", "will", "would", "was", "signed", "in", "on", "since", "last", "next",
        "ago", "earlier", "years", "months", "between", "and", "“", "”", "\"", "'", "—", "שלום", "مرحبا", "\0", "\u202e",
        "Kim", "Seoul", "nearly", "7,000", "$11", "per cent", "first", "visit", "today", "yesterday", "the 1990s",
    ];

    public static Gen<string> DatePhrase =>
        Gen.OneOf(
            from m in Gen.Elements(Months) from d in Gen.Choose(0, 40) from y in Gen.Choose(-5, 12_000) select $"{m} {d}, {y}",
            from d in Gen.Choose(0, 40) from m in Gen.Elements(Months) select $"{d} {m}",
            from d in Gen.Choose(0, 35) from mo in Gen.Choose(0, 14) from y in Gen.Choose(0, 9999) select $"{d:00}.{mo:00}.{y}",
            from y in Gen.Choose(0, 99_999) select $"in {y}",
            from y in Gen.Choose(1000, 2100) from y2 in Gen.Choose(0, 2200) select $"{y}-{y2}",
            from rel in Gen.Elements("last", "next", "this", "") from w in Gen.Elements(Weekdays) select $"{rel} {w}",
            from n in Gen.Elements("a", "two", "24", "several", "99999", "0") from u in Gen.Elements("days", "year", "decades", "centuries", "hours") from dir in Gen.Elements("ago", "earlier", "later", "away", "before 2010", "") select $"{n} {u} {dir}",
            from rel in Gen.Elements("last", "next", "this", "the past") from u in Gen.Elements("week", "month", "year", "winter", "decade", "century") select $"{rel} {u}",
            from m in Gen.Elements(Months) from m2 in Gen.Elements(Months) select $"between {m} and {m2}",
            from d in Gen.Choose(1000, 2190) select $"the {d / 10 * 10}s",
            Gen.Elements("today", "yesterday", "under a year ago", "the end of the decade", "months earlier", "2024-02-30", "June 31st 2024"));

    public static Gen<string> Sentence =>
        from count in Gen.Choose(3, 25)
        from words in Gen.ListOf(Gen.Elements(Words), count)
        from date in DatePhrase
        from at in Gen.Choose(0, 25)
        select string.Join(' ', words.Take(at).Append(date).Concat(words.Skip(at))) + ".";

    public static Gen<string> TextPage =>
        from head in Gen.Elements("Asia | Section", "By A. Writer", "June 18, 2024", "11:34 20.06.2024 •", "Updated 9 September 2021 14:20 CEST", "SEOUL, June 20 (Wire) - ", "")
        from headline in Sentence
        from paragraphs in Gen.Choose(0, 12)
        from body in Gen.ListOf(Gen.OneOf(Sentence, Gen.ListOf(Sentence, 3).Select(s => string.Join(' ', s))), paragraphs)
        from furnitureCount in Gen.Choose(0, 8)
        from furniture in Gen.ListOf(Gen.Elements(Furniture), furnitureCount)
        from newline in Gen.Elements("\n", "\r\n", "\n\n", "\r")
        select string.Join(newline, new[] { head, headline }.Concat(body).Concat(furniture));

    public static Gen<string> HtmlPage =>
        from page in TextPage
        from wrap in Gen.Elements("p", "div", "li", "h1", "figcaption", "aside", "nav", "time", "section class=\"comments\"")
        from cut in Gen.Choose(0, 100)
        from noise in Gen.Elements("", "<", "</", "<p", "\"", "&", "&amp", "&#xFFFFFF;", "&#0;", "<!--", "<script>", "<a href=\"", "]]>", "</div></div></div>")
        let body = string.Join("", page.Split('\n').Select(l => $"<{wrap}>{l}</{wrap.Split(' ')[0]}>"))
        let html = $"<!DOCTYPE html><html lang=\"en\"><head><meta property=\"og:site_name\" content=\"X\"><title>T</title></head><body><article>{body}</article></body></html>"
        select html[..(html.Length * cut / 100)] + noise + html[(html.Length * cut / 100)..];

    public static Gen<string> Noise =>
        Gen.OneOf(
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""),
            Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(c => (char)c)).Select(cs => new string(cs)),
            Gen.Elements("", "\0\0\0", "\u202e\u05e9\u05dc\u05d5\u05dd \"unbalanced", "“open quote never closed", "<<<>>>", "&&&;;;"));

    public static Gen<PartialDate?> Reference =>
        Gen.OneOf(
            Gen.Constant<PartialDate?>(null),
            from y in Gen.Choose(PartialDate.MinYear, PartialDate.MaxYear)
            from m in Gen.Choose(1, 12)
            from d in Gen.Choose(1, 28)
            from p in Gen.Choose(1, 3)
            select (PartialDate?)(p == 1 ? PartialDate.OfYear(y) : p == 2 ? PartialDate.OfMonth(y, m) : PartialDate.OfDay(y, m, d)),
            Gen.Elements<PartialDate?>(PartialDate.OfDay(2024, 2, 29), PartialDate.OfDay(9999, 12, 31), PartialDate.OfDay(1, 1, 1), PartialDate.OfDay(2024, 6, 19)));
}
