using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Events;
using NewsTreaty.Domain.Ingestion;

namespace NewsTreaty.Domain.Tests.Ingestion;

public sealed class EventExtractorTests
{
    private static TimeExpression Time(string text, string words, string date, int occurrence = 1)
    {
        var at = -1;
        for (var i = 0; i < occurrence; i++)
        {
            at = text.IndexOf(words, at + 1, StringComparison.Ordinal);
        }

        return new TimeExpression(new TextSpan(at, at + words.Length), words, TimeKind.Absolute, PartialDate.Parse(date), null, 1);
    }

    private static IReadOnlyList<EventProposal> Run(string text, params TimeExpression[] times)
    {
        var article = Knowledge.Article(text);
        var metadata = Knowledge.Dated("2024-06-20");
        var actors = new ActorResolver().Run(article, metadata, Knowledge.Snapshot);
        return new EventExtractor().Run(article, metadata, actors, times, Knowledge.Snapshot);
    }

    [Fact]
    public void MentionsOfThe1961TreatyAndThe1996WithdrawalLinkToTheTimeline()
    {
        const string text = "Russia quietly pulled out in 1996 from a 1961 treaty that bound the Soviet Union to defend North Korea.";
        var events = Run(text, Time(text, "1996", "1996"), Time(text, "1961", "1961"));
        Assert.Contains(events, e => e.MatchedEventSlug == "treaty-lapses-1996");
        Assert.Contains(events, e => e.MatchedEventSlug == "treaty-1961");
    }

    [Fact]
    public void MatchingUsesDatesKindsAndActorsNotWording()
    {
        const string text = "On June 19th Vladimir Putin and Kim Jong Un sealed a new pact in Pyongyang.";
        var matched = Assert.Single(Run(text, Time(text, "June 19th", "2024-06-19")));
        Assert.Equal("treaty-2024", matched.MatchedEventSlug);

        const string wrongYear = "In 2019 Vladimir Putin and Kim Jong Un signed a pact.";
        Assert.All(Run(wrongYear, Time(wrongYear, "2019", "2019")), e => Assert.Null(e.MatchedEventId));
    }

    [Fact]
    public void UnknownHappeningsAreProposedAsNewEventsWithTheirActors()
    {
        const string text = "In March 2024 Russia vetoed the renewal of the sanctions panel at the United Nations.";
        var proposal = Assert.Single(Run(text, Time(text, "March 2024", "2024-03")));
        Assert.Null(proposal.MatchedEventId);
        Assert.Equal(EventKind.UnVote, proposal.Kind);
        Assert.Equal("2024-03", proposal.Date.ToString());
        Assert.StartsWith("Russia vetoed", proposal.Title, StringComparison.Ordinal);
        Assert.NotEmpty(proposal.ActorMentions);
    }

    [Fact]
    public void DatesWithoutAHappeningProposeNothing()
    {
        const string text = "The weather in 1996 was mild across the peninsula.";
        Assert.Empty(Run(text, Time(text, "1996", "1996")));
    }
}
