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
    }

    public Document Document { get; }

    public string Text => Document.Text;

    public IReadOnlyList<TokenStream> Streams { get; }

    public IReadOnlyList<ActorMention> Mentions { get; }

    public TokenStream? StreamAt(int offset) => Document.ParagraphAt(offset) is { } p ? Streams[p.Index] : null;

    public int? LastMentionIn(TextSpan span, bool? person = null)
    {
        for (var i = Mentions.Count - 1; i >= 0; i--)
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
        for (var i = 0; i < Mentions.Count; i++)
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
        for (var i = 0; i < Mentions.Count; i++)
        {
            if (span.Contains(Mentions[i].Span))
            {
                yield return i;
            }
        }
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
