using FsCheck;
using FsCheck.Fluent;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;

namespace NewsTreaty.Domain.Tests;

public sealed class TextHighlighterTests
{
    private static readonly ActorRef Putin = new(1, "vladimir-putin", "Vladimir Putin", ActorKind.Person);

    /// <summary>
    /// A text and marks mostly inside it (empty, touching, nested and overlapping spans of both kinds), with one in
    /// five out of bounds or reversed, so the property mostly tests splitting rather than filtering.
    /// </summary>
    private static readonly Gen<(string Text, TextMark[] Marks)> TextsWithMarks =
        from text in Gen.Elements('a', 'b', ' ', '.', 'é', '\n', '<').ArrayOf().Select(c => new string(c))
        from marks in Gen.Frequency(
                (4, from s in Gen.Choose(0, text.Length) from e in Gen.Choose(s, text.Length) select (s, e)),
                (1, from s in Gen.Choose(-3, text.Length + 3) from e in Gen.Choose(-3, text.Length + 3) select (s, e)))
            .SelectMany(span => Gen.Elements(TextMarkKind.Claim, TextMarkKind.Actor).Select(kind => new TextMark(span.s, span.e, kind, "m", "m")))
            .ArrayOf()
        select (text, marks);

    [Fact]
    public void SegmentsRebuildTheTextAndEachMarkedSegmentIsItsMarksSpan() =>
        Prop.ForAll(TextsWithMarks.ToArbitrary(), sample =>
        {
            var (text, marks) = sample;
            var segments = TextHighlighter.Split(text, marks);
            var kept = segments.Where(s => s.Mark is not null).Select(s => s.Mark!).ToList();
            var usable = marks.Where(m => m.Start >= 0 && m.End <= text.Length && m.End > m.Start);
            return string.Concat(segments.Select(s => s.Text)) == text
                && segments.All(s => s.Text.Length > 0)
                && segments.All(s => s.Mark is null || s.Text == text[s.Mark.Start..s.Mark.End])
                // A usable mark is dropped only for overlapping one that was kept.
                && usable.All(m => kept.Contains(m) || kept.Any(k => k.Start < m.End && m.Start < k.End));
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
