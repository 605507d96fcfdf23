using System.Globalization;
using System.Text;
using NewsTreaty.Domain.Ingestion;

namespace NewsTreaty.Web.Cli;

/// <summary>
/// Synthetic news articles for the ingestion benchmark, varied the way real ones are: wire reports with datelines,
/// analysis and opinion, HTML pages with navigation, related-story lists with their own dates and comment blocks,
/// direct quotes with the speaker before or after, reported speech, quantities, absolute and relative dates, and
/// names drawn from a large pool. Deterministic for a seed; invented text, never anyone's article.
/// </summary>
internal sealed class ArticleGenerator(int seed)
{
    private static readonly string[] First = ["Anna", "Lars", "Maria", "Tomas", "Ines", "Kwame", "Mei", "Omar", "Sofia", "Pavel", "Aiko", "Jonas", "Leila", "Diego", "Ruth", "Yusuf", "Hana", "Igor", "Nadia", "Felix"];
    private static readonly string[] Last = ["Berg", "Okafor", "Lind", "Novak", "Haddad", "Silva", "Tanaka", "Kowalski", "Mensah", "Ivanova", "Moreau", "Chen", "Rossi", "Petrov", "Dubois", "Park", "Nilsen", "Costa", "Weber", "Ahmed"];
    private static readonly string[] Places = ["Vienna", "Lagos", "Hanoi", "Oslo", "Quito", "Accra", "Riga", "Manila", "Tbilisi", "Lima", "Nairobi", "Baku", "Geneva", "Jakarta"];
    private static readonly string[] Bodies = ["the river commission", "the energy ministry", "the central bank", "the port authority", "the trade council", "the health agency", "the defence ministry", "the Stimson Center", "the UN Security Council"];
    private static readonly string[] Outlets = ["The Daily Ledger", "Northern Wire", "The Harbour Times", "Capital Review", "Global Dispatch", "The Weekly Observer"];
    private static readonly string[] Topics = ["water treaty", "grain deal", "border talks", "arms agreement", "debt relief plan", "pipeline accord", "fishing pact", "port lease"];
    private static readonly string[] Verbs = ["said", "told reporters", "said in a statement", "warned", "added", "insisted"];
    private static readonly string[] Units = ["containers", "tonnes of grain", "troops", "barrels a day", "per cent", "vehicles"];
    private static readonly string[] Relative = ["on Tuesday", "last week", "last September", "two years ago", "earlier this month", "on Friday", "months earlier", "in March"];
    private static readonly string[] Hedges = ["may", "could", "is expected to", "is likely to"];

    private readonly Random _random = new(seed);

    public IEnumerable<RawArticle> Generate(int count)
    {
        for (var i = 0; i < count; i++)
        {
            yield return Article(i);
        }
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private string Person() => $"{Pick(First)} {Pick(Last)}";

    private RawArticle Article(int n)
    {
        var topic = Pick(Topics);
        var place = Pick(Places);
        var date = new DateOnly(2015, 1, 1).AddDays(_random.Next(3650));
        var headline = $"{Pick(Places)} and {place} {Pick(["sign", "delay", "reject", "revive", "debate"])} {topic} ({n})";
        var paragraphs = new List<string>();
        var kind = _random.Next(4);
        if (kind == 0)
        {
            paragraphs.Add($"{place.ToUpperInvariant()}, {date.ToString("MMMM d", CultureInfo.InvariantCulture)} ({Pick(["Reuters", "AP", "AFP"])}) -");
        }

        for (var p = 0; p < 6 + _random.Next(14); p++)
        {
            paragraphs.Add(Paragraph(topic, date));
        }

        var furniture = new StringBuilder();
        furniture.AppendLine("Related stories");
        for (var r = 0; r < 3; r++)
        {
            furniture.AppendLine(CultureInfo.InvariantCulture, $"{Pick(Places)} {Pick(Topics)} under review — {date.AddDays(200 + _random.Next(400)):d MMMM yyyy}");
        }

        furniture.AppendLine("Share this article | Listen | Change font size");
        furniture.AppendLine(_random.Next(2) == 0 ? "Join the conversation: 24 comments" : "Subscribe for unlimited access");
        var byline = kind == 2 ? "Comment" : $"By {Person()}";
        var stamp = $"Published {date:d MMMM yyyy} {_random.Next(24):00}:{_random.Next(60):00}";
        var outlet = Pick(Outlets);
        if (_random.Next(10) < 3)
        {
            var html = new StringBuilder($"<!doctype html><html><head><title>{headline} | {outlet}</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>");
            html.Append(CultureInfo.InvariantCulture, $"<article><h1>{headline}</h1><p class=\"byline\">{byline}</p><time>{stamp}</time>");
            foreach (var paragraph in paragraphs)
            {
                html.Append(CultureInfo.InvariantCulture, $"<p>{System.Net.WebUtility.HtmlEncode(paragraph)}</p>");
            }

            html.Append(CultureInfo.InvariantCulture, $"</article><aside>{System.Net.WebUtility.HtmlEncode(furniture.ToString())}</aside><footer>© {outlet}</footer></body></html>");
            return new RawArticle(html.ToString(), SourceFormat.Html, $"https://example.org/{n}", outlet, null, $"synthetic-{n}.html");
        }

        var text = $"{outlet}\n{headline}\n{byline}\n{stamp}\n\n{string.Join("\n\n", paragraphs)}\n\n{furniture}";
        return new RawArticle(text, SourceFormat.Text, null, null, null, $"synthetic-{n}.txt");
    }

    private string Paragraph(string topic, DateOnly date)
    {
        var speaker = Person();
        var body = Pick(Bodies);
        return _random.Next(6) switch
        {
            0 => $"\"The {topic} {Pick(Hedges)} change how we work,\" {speaker}, a spokesperson for {body}, {Pick(Verbs)}. Officials met {Pick(Relative)}.",
            1 => $"{speaker} {Pick(Verbs)}: \"We will not accept these terms.\" The talks resumed {Pick(Relative)} in {Pick(Places)}.",
            2 => $"According to {body}, nearly {_random.Next(1, 99) * 100:N0} {Pick(Units)} were moved in {date.Year - _random.Next(1, 30)}.",
            3 => $"{speaker} of {body} said the {topic} {Pick(Hedges)} collapse, and that talks had stalled {Pick(Relative)}.",
            4 => $"The deal, worth ${_random.Next(1, 40)}bn, was first agreed on {date.AddDays(-_random.Next(900)):d MMMM yyyy}; about {_random.Next(5, 95)} per cent of it is unpaid.",
            _ => $"Critics in {Pick(Places)} called the {topic} vague. Mr {Pick(Last)} and Ms {Pick(Last)} disagreed, {Pick(Verbs)} {speaker}.",
        };
    }
}
