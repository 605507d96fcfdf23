using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Ingestion.Nlp;

namespace NewsTreaty.Domain.Ingestion.Quotations;

/// <summary>The cleaned article as the claim stage reads it: paragraphs, sentences, tokens and stage 3's mentions.</summary>
internal sealed class ClaimText
{
    private static readonly HashSet<string> Prepositions =
        ["to", "in", "with", "of", "for", "from", "on", "at", "against", "between", "about", "by", "into"];

    public ClaimText(CleanedArticle article, IReadOnlyList<ActorMention> mentions)
    {
        Document = Document.Of(article);
        Streams = Document.Paragraphs.Select(p => TokenStream.Of(Document.Text, p)).ToList();
        Mentions = mentions;
        _starts = mentions.Select(m => m.Span.Start).ToArray();
    }

    private readonly int[] _starts;

    public Document Document { get; }

    public string Text => Document.Text;

    public IReadOnlyList<TokenStream> Streams { get; }

    public IReadOnlyList<ActorMention> Mentions { get; }

    public TokenStream? StreamAt(int offset) => Document.ParagraphAt(offset) is { } p ? Streams[p.Index] : null;

    public int? LastMentionIn(TextSpan span, bool? person = null)
    {
        for (var i = FirstStartingAtOrAfter(span.End) - 1; i >= 0 && Mentions[i].Span.Start >= span.Start; i--)
        {
            var m = Mentions[i];
            if (span.Contains(m.Span) && (person is null || person == (m.Kind == ActorKind.Person) || m.Kind is ActorKind.State or ActorKind.Organisation or ActorKind.Media))
            {
                return i;
            }
        }

        return null;
    }

    public int? FirstMentionIn(TextSpan span)
    {
        for (var i = FirstStartingAtOrAfter(span.Start); i < Mentions.Count && Mentions[i].Span.Start < span.End; i++)
        {
            if (span.Contains(Mentions[i].Span))
            {
                return i;
            }
        }

        return null;
    }

    public IEnumerable<int> MentionsIn(TextSpan span)
    {
        for (var i = FirstStartingAtOrAfter(span.Start); i < Mentions.Count && Mentions[i].Span.Start < span.End; i++)
        {
            if (span.Contains(Mentions[i].Span))
            {
                yield return i;
            }
        }
    }

    /// <summary>The last mention before <paramref name="offset"/>, by binary search (mentions are in reading order).</summary>
    public int LastBefore(int offset) => FirstStartingAtOrAfter(offset) - 1;

    private int FirstStartingAtOrAfter(int offset)
    {
        var at = Array.BinarySearch(_starts, offset);
        if (at < 0)
        {
            return ~at;
        }

        while (at > 0 && _starts[at - 1] == offset)
        {
            at--;
        }

        return at;
    }

    /// <summary>"… visit to Pyongyang", "… with Russia": a mention after a preposition is no verb's subject.</summary>
    public bool MentionIsPlaceComplement(int mention)
    {
        var start = Mentions[mention].Span.Start;
        var k = start - 1;
        while (k >= 0 && char.IsWhiteSpace(Text[k]))
        {
            k--;
        }

        var end = k + 1;
        while (k >= 0 && char.IsLetter(Text[k]))
        {
            k--;
        }

        var word = Text[(k + 1)..end].ToLowerInvariant();
        if (word == "the")
        {
            return false;
        }

        return Prepositions.Contains(word);
    }
}
