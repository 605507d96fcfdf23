using FsCheck;
using FsCheck.Fluent;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;

namespace NewsTreaty.Domain.Tests;

public sealed class TextHighlighterTests
{
    private static readonly ActorRef Putin = new(1, "vladimir-putin", "Vladimir Putin", ActorKind.Person);

    [Fact]
    public void SegmentsAlwaysRebuildTheTextExactlyWhateverTheMarks() =>
        Prop.ForAll<string, (int, int)[]>((text, spans) =>
        {
            text ??= "";
            var marks = (spans ?? []).Select(s => new TextMark(s.Item1, s.Item2, TextMarkKind.Claim, "c", "c"));
            var segments = TextHighlighter.Split(text, marks);
            return string.Concat(segments.Select(s => s.Text)) == text && segments.All(s => s.Text.Length > 0);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void OverlappingMarksKeepTheClaimAndDropTheMentionInsideIt()
    {
        const string text = "Vladimir Putin said the treaty binds both.";
        var claim = new TextMark(0, 19, TextMarkKind.Claim, "claim", "A claim");
        var mentions = TextHighlighter.Mentions(text, Putin, ["Vladimir Putin", "Putin"]);

        var segments = TextHighlighter.Split(text, mentions.Append(claim));

        Assert.Equal(["Vladimir Putin said", " the treaty binds both."], segments.Select(s => s.Text));
        Assert.Equal(TextMarkKind.Claim, segments[0].Mark!.Kind);
        Assert.Null(segments[1].Mark);
    }

    [Fact]
    public void MentionsMatchWholeWordsOnly()
    {
        var marks = TextHighlighter.Mentions("Putinism is not Putin.", Putin, ["Putin"]).ToList();

        Assert.Equal([(16, 21)], marks.Select(m => (m.Start, m.End)));
    }
}
