using NewsTreaty.Domain.Actors;

namespace NewsTreaty.Domain.Articles;

public enum TextMarkKind
{
    Claim,
    Actor,
}

/// <summary>A span of an article's text to highlight: a claim's quotation or a mention of an actor.</summary>
public sealed record TextMark(int Start, int End, TextMarkKind Kind, string Slug, string Label)
{
    /// <summary>For a claim's quotation, the appearance it is: the page anchors it as quote-{id}.</summary>
    public int? AppearanceId { get; init; }
}

/// <summary>A run of text, either plain (<see cref="Mark"/> null) or inside one highlight.</summary>
public sealed record TextSegment(string Text, TextMark? Mark);

/// <summary>
/// Splits text at highlight offsets. The pieces are plain strings for the page to encode; the text
/// itself is untrusted and never becomes markup.
/// </summary>
public static class TextHighlighter
{
    public static IReadOnlyList<TextSegment> Split(string text, IEnumerable<TextMark> marks)
    {
        var segments = new List<TextSegment>();
        var position = 0;
        // Claims win over actor mentions, earlier over later, longer over shorter; overlaps are dropped.
        foreach (var mark in marks.Where(m => m.Start >= 0 && m.End <= text.Length && m.End > m.Start)
                     .OrderBy(m => m.Start).ThenBy(m => m.Kind).ThenByDescending(m => m.End))
        {
            if (mark.Start < position)
            {
                continue;
            }

            if (mark.Start > position)
            {
                segments.Add(new TextSegment(text[position..mark.Start], null));
            }

            segments.Add(new TextSegment(text[mark.Start..mark.End], mark));
            position = mark.End;
        }

        if (position < text.Length)
        {
            segments.Add(new TextSegment(text[position..], null));
        }

        return segments;
    }

    /// <summary>Every whole-word, case-sensitive occurrence of each name in the text.</summary>
    public static IEnumerable<TextMark> Mentions(string text, ActorRef actor, IEnumerable<string> names)
    {
        foreach (var name in names.Where(n => n.Length >= 3).Distinct())
        {
            for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + name.Length, StringComparison.Ordinal))
            {
                var end = at + name.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
                {
                    yield return new TextMark(at, end, TextMarkKind.Actor, actor.Slug, actor.Name);
                }
            }
        }
    }
}
