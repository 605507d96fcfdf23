using System.Text.Json;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Ingestion;

namespace NewsTreaty.Domain.Tests.Ingestion;

/// <summary>Our own fixture articles through the whole pipeline against the curated dataset: the actors, claims and events sections of their expected files.</summary>
public sealed class FixtureUnderstandingTests
{
    private static readonly KnowledgeSnapshot Curated = BundleKnowledge.Curated();

    private static IEnumerable<string> All() =>
        Directory.GetFiles(IngestionTestData.FixtureFolder, "*.expected.json").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal);

    public static TheoryData<string> Fixtures() => [.. All().Where(name => Expected(name).TryGetProperty("actors", out _))];

    [Fact]
    public void EveryFixtureHasActorAndClaimSections() => Assert.Equal(All().Count(), Fixtures().Count);

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void ActorsAreResolvedOrProposed(string name)
    {
        var (want, result) = Run(name);
        var actors = want.GetProperty("actors");
        var text = result.Article.Text;
        foreach (var m in actors.GetProperty("mentions").EnumerateArray())
        {
            var span = FixtureTests.Occurrence(text, m.GetProperty("text").GetString()!, m.TryGetProperty("occurrence", out var o) ? o.GetInt32() : 1);
            var mention = result.Actors.Mentions.FirstOrDefault(x => x.Span.Overlaps(span));
            Assert.True(mention is not null, $"{name}: no mention at «{m.GetProperty("text")}»");
            Assert.True(Label(result, mention) == m.GetProperty("actor").GetString(), $"{name}: «{mention.Text}» resolved to {Label(result, mention)} ({mention.Reason})");
        }

        foreach (var word in actors.GetProperty("notMentions").EnumerateArray().Select(w => w.GetString()!))
        {
            Assert.DoesNotContain(result.Actors.Mentions, m => m.Text == word || m.Text == "the " + word);
        }

        if (actors.TryGetProperty("placesNotActors", out var places))
        {
            foreach (var p in places.EnumerateArray())
            {
                var span = FixtureTests.Occurrence(text, p.GetProperty("text").GetString()!, p.GetProperty("occurrence").GetInt32());
                Assert.DoesNotContain(result.Actors.Mentions, m => m.Span.Overlaps(span));
            }
        }

        foreach (var n in actors.GetProperty("newActors").EnumerateArray())
        {
            var proposal = result.Actors.NewActors.FirstOrDefault(a => a.Name == n.GetProperty("name").GetString());
            Assert.True(proposal is not null, $"{name}: {n.GetProperty("name")} not proposed; proposed: {string.Join(", ", result.Actors.NewActors.Select(a => a.Name))}");
            Assert.Equal(n.GetProperty("kind").GetString(), proposal.Kind.ToString().ToLowerInvariant());
            if (n.TryGetProperty("description", out var description))
            {
                Assert.Equal(description.GetString(), proposal.Description);
            }

            Assert.True(proposal.Evidence.FitsIn(text.Length));
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void QuotesClaimsAndQuantitiesCarryTheirSpeakers(string name)
    {
        var (want, result) = Run(name);
        var claims = want.GetProperty("claims");
        var text = result.Article.Text;
        foreach (var q in claims.GetProperty("quotes").EnumerateArray())
        {
            var words = q.GetProperty("text").GetString()!;
            var quote = result.Claims.SelectMany(c => c.Quotations).FirstOrDefault(x => x.Span.Of(text).StartsWith(words, StringComparison.Ordinal));
            Assert.True(quote is not null, $"{name}: no quotation «{words}…»");
            Assert.True(Who(result, quote.Speaker) == q.GetProperty("speaker").GetString(), $"{name}: «{words}…» attributed to {Who(result, quote.Speaker)}");
        }

        foreach (var c in claims.GetProperty("claims").EnumerateArray())
        {
            var start = c.GetProperty("startsWith").GetString()!;
            var claim = result.Claims.FirstOrDefault(x => x.Quote.StartsWith(start, StringComparison.Ordinal));
            Assert.True(claim is not null, $"{name}: no claim «{start}…»");
            Assert.Equal(c.GetProperty("kind").GetString(), JsonNamingPolicy.CamelCase.ConvertName(claim.Kind.ToString()));
            Assert.True(Who(result, claim.Claimant) == c.GetProperty("claimant").GetString(), $"{name}: «{start}…» claimed by {Who(result, claim.Claimant)}");
        }

        foreach (var q in claims.GetProperty("quantities").EnumerateArray())
        {
            var quantity = result.Claims.SelectMany(c => c.Quantities).FirstOrDefault(x => x.Text == q.GetProperty("text").GetString());
            Assert.True(quantity is not null, $"{name}: no quantity «{q.GetProperty("text")}»");
            Assert.Equal(q.GetProperty("value").GetDecimal(), quantity.Value);
            Assert.Equal(q.GetProperty("unit").GetString(), quantity.Unit);
            Assert.Equal(q.GetProperty("approximate").GetBoolean(), quantity.Approximate);
            Assert.Equal(quantity.Text, quantity.Span.Of(text));
        }

        Assert.All(result.Claims, c => Assert.True(c.Span.FitsIn(text.Length)));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void EventsMatchTheTimelineOrAreProposed(string name)
    {
        var (want, result) = Run(name);
        if (!want.TryGetProperty("events", out var events))
        {
            return;
        }

        var matched = result.Events.Where(e => e.MatchedEventSlug is not null).Select(e => e.MatchedEventSlug).ToList();
        Assert.Equal(events.GetProperty("matched").EnumerateArray().Select(e => e.GetString()).Order(), matched.Order());
        foreach (var n in events.GetProperty("new").EnumerateArray())
        {
            Assert.Contains(result.Events, e => e.MatchedEventId is null && JsonNamingPolicy.CamelCase.ConvertName(e.Kind.ToString()) == n.GetProperty("kind").GetString()
                                                && e.Date.ToString() == n.GetProperty("date").GetString());
        }
    }

    private static string? Label(IngestionResult result, ActorMention m) => m.Resolution switch
    {
        MentionResolution.Known => m.ActorSlug,
        MentionResolution.New => "new:" + result.Actors.NewActors.First(a => a.Key == m.NewActorKey).Name,
        _ => "ambiguous",
    };

    private static string? Who(IngestionResult result, Claimant claimant) =>
        claimant.MentionIndex is { } i ? Label(result, result.Actors.Mentions[i]) : claimant.OutletVoice ? "voice" : null;

    private static (JsonElement Expected, IngestionResult Result) Run(string name)
    {
        var expected = Expected(name);
        var article = expected.GetProperty("article");
        var content = File.ReadAllText(Path.Combine(IngestionTestData.FixtureFolder, article.GetProperty("file").GetString()!));
        var format = article.GetProperty("format").GetString() == "html" ? SourceFormat.Html : SourceFormat.Text;
        return (expected, new IngestionPipeline().Run(new RawArticle(content, format, article.TryGetProperty("url", out var u) ? u.GetString() : null), Curated));
    }

    private static JsonElement Expected(string name) =>
        JsonDocument.Parse(File.ReadAllText(Path.Combine(IngestionTestData.FixtureFolder, name))).RootElement;
}
