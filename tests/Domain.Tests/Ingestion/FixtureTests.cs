using System.Text.Json;
using NewsTreaty.Domain.Ingestion;

namespace NewsTreaty.Domain.Tests.Ingestion;

/// <summary>Our own articles in shapes the seeds lack: each stage's output against the expected file beside it.</summary>
public sealed class FixtureTests
{
    public static TheoryData<string> Fixtures() =>
        [.. Directory.GetFiles(IngestionTestData.FixtureFolder, "*.expected.json").Select(f => Path.GetFileName(f)).Order()];

    [Fact]
    public void ThereAreAtLeastSixFixtures() => Assert.True(Fixtures().Count >= 6);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void CleaningSeparatesThePartsAndDropsTheFurniture(string name)
    {
        var (expected, raw) = Load(name);
        var cleaning = expected.GetProperty("cleaning");
        var article = new ArticleCleaner().Run(raw);
        foreach (var (key, part) in PartKeys)
        {
            if (cleaning.TryGetProperty(key, out var value))
            {
                Assert.True(value.GetString() == article.TextOf(part), $"{name} {key}: expected «{value.GetString()}», got «{article.TextOf(part)}»");
            }
        }

        Assert.Equal(cleaning.GetProperty("credits").EnumerateArray().Select(c => c.GetString()), article.SpansOf(ArticlePart.Credit).Select(s => s.Of(article.Text)));
        var body = article.Body.Select(b => b.Of(article.Text)).ToList();
        Assert.Equal(cleaning.GetProperty("bodyParagraphs").GetInt32(), body.Count);
        Assert.StartsWith(cleaning.GetProperty("bodyStartsWith").GetString()!, body[0], StringComparison.Ordinal);
        Assert.EndsWith(cleaning.GetProperty("bodyEndsWith").GetString()!, body[^1], StringComparison.Ordinal);
        Assert.All(cleaning.GetProperty("keep").EnumerateArray(), k => Assert.Contains(k.GetString()!, article.Text, StringComparison.Ordinal));
        Assert.All(cleaning.GetProperty("drop").EnumerateArray(), d => Assert.DoesNotContain(d.GetString()!, article.Text, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void MetadataComesFromTheArticleItself(string name)
    {
        var (expected, raw) = Load(name);
        var want = expected.GetProperty("metadata");
        var result = IngestionTestData.Run(raw, IngestionTestData.Snapshot);
        var metadata = result.Metadata;
        Assert.Equal(want.GetProperty("outlet").GetString(), metadata.OutletName?.Value);
        Assert.Equal(want.GetProperty("outletSlug").GetString(), metadata.OutletSlug);
        Assert.Equal(want.GetProperty("genre").GetString(), metadata.Genre.Value.ToString().ToLowerInvariant());
        Assert.Equal(want.GetProperty("byline").GetString(), metadata.Byline?.Value);
        Assert.Equal(want.GetProperty("dateline").GetString(), metadata.Dateline?.Value);
        Assert.Equal(want.GetProperty("language").GetString(), metadata.Language);
        if (want.TryGetProperty("translatedFrom", out var translated))
        {
            Assert.Equal(translated.GetString(), metadata.TranslatedFrom?.Value);
        }

        if (want.TryGetProperty("canonicalUrl", out var url))
        {
            Assert.Equal(url.GetString(), metadata.CanonicalUrl);
        }

        var published = want.GetProperty("published");
        if (published.ValueKind == JsonValueKind.Null)
        {
            Assert.Null(metadata.Published);
            return;
        }

        Assert.NotNull(metadata.Published);
        var value = metadata.Published.Value;
        Assert.Equal(published.GetProperty("date").GetString(), value.Date.ToString());
        Assert.Equal(published.GetProperty("time").GetString(), value.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(published.GetProperty("timeZone").GetString(), value.TimeZone);
        Assert.Equal(published.GetProperty("basis").GetString(), value.Basis.ToString().ToLowerInvariant());
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void TimeExpressionsResolveAgainstTheArticlesOwnDate(string name)
    {
        var (expected, raw) = Load(name);
        var result = IngestionTestData.Run(raw, IngestionTestData.Snapshot);
        var text = result.Article.Text;
        var wanted = expected.GetProperty("time").GetProperty("expressions").EnumerateArray().ToList();
        foreach (var want in wanted)
        {
            var span = Occurrence(text, want.GetProperty("text").GetString()!, want.GetProperty("occurrence").GetInt32());
            var found = result.Times.Where(t => t.Span.Overlaps(span)).ToList();
            Assert.True(found.Count == 1, $"{name}: «{want.GetProperty("text")}» found {found.Count} times: {string.Join(", ", found.Select(f => f.Text))}");
            var time = found[0];
            Assert.True(string.Equals(want.GetProperty("kind").GetString(), time.Kind.ToString(), StringComparison.OrdinalIgnoreCase), $"{name}: «{time.Text}» is {time.Kind}");
            Assert.True(Edtf(want, "date") == time.Date?.ToString(), $"{name}: «{time.Text}» resolved to {time.Date}, expected {Edtf(want, "date")}");
            Assert.True(Edtf(want, "endDate") == time.EndDate?.ToString(), $"{name}: «{time.Text}» ends {time.EndDate}, expected {Edtf(want, "endDate")}");
        }

        Assert.True(wanted.Count == result.Times.Count, $"{name}: unexpected expressions: {string.Join(", ", result.Times.Select(t => t.Text))}");
    }

    private static readonly (string Key, ArticlePart Part)[] PartKeys =
    [
        ("section", ArticlePart.Section), ("masthead", ArticlePart.Masthead), ("headline", ArticlePart.Headline),
        ("standfirst", ArticlePart.Standfirst), ("byline", ArticlePart.Byline), ("timestamp", ArticlePart.Timestamp),
        ("dateline", ArticlePart.Dateline), ("caption", ArticlePart.Caption), ("edition", ArticlePart.Edition),
    ];

    private static string? Edtf(JsonElement element, string key) =>
        element.TryGetProperty(key, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    internal static TextSpan Occurrence(string text, string phrase, int occurrence)
    {
        var at = -1;
        for (var i = 0; i < occurrence; i++)
        {
            at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal);
            Assert.True(at >= 0, $"«{phrase}» occurs fewer than {occurrence} times in the cleaned text");
        }

        return new TextSpan(at, at + phrase.Length);
    }

    private static (JsonElement Expected, RawArticle Raw) Load(string name)
    {
        var expected = JsonDocument.Parse(File.ReadAllText(Path.Combine(IngestionTestData.FixtureFolder, name))).RootElement;
        var article = expected.GetProperty("article");
        var content = File.ReadAllText(Path.Combine(IngestionTestData.FixtureFolder, article.GetProperty("file").GetString()!));
        var format = article.GetProperty("format").GetString() == "html" ? SourceFormat.Html : SourceFormat.Text;
        var url = article.TryGetProperty("url", out var u) ? u.GetString() : null;
        return (expected, new RawArticle(content, format, url));
    }
}
