using System.Runtime.CompilerServices;
using NewsTreaty.Domain.Ingestion.Mentions;
using NewsTreaty.Domain.Ingestion.Nlp;

namespace NewsTreaty.Domain.Ingestion;

/// <summary>
/// Stage 3: mentions of people, states, organisations and media, resolved to known actors or proposed as new.
/// Deterministic: a gazetteer compiled once per knowledge snapshot (names and aliases with their kinds and validity
/// as of the article's date), capitalised-run recognition with honorific, apposition and reporting-verb cues for
/// names the knowledge base lacks, a world lexicon for states and places, and context rules for short names,
/// descriptions and metonyms (see <see cref="MentionRanker"/> and <see cref="PlaceOrActor"/>).
/// </summary>
public sealed class ActorResolver
{
    // One compiled gazetteer per snapshot, dropped with the snapshot; safe across threads.
    private readonly ConditionalWeakTable<KnowledgeSnapshot, Gazetteer> _gazetteers = [];

    public ActorResolution Run(CleanedArticle article, ArticleMetadata metadata, KnowledgeSnapshot knowledge)
    {
        var gazetteer = _gazetteers.GetValue(knowledge, Gazetteer.Build);
        var document = Document.Of(article);
        var text = document.Text;
        var streams = document.Paragraphs.Select(p => TokenStream.Of(text, p)).ToList();
        var newActors = new NewActors();
        var finder = new MentionFinder(gazetteer, metadata.Published?.Value.Date, newActors, LowercaseWords(streams));

        var perParagraph = streams.Select(ts => (Stream: ts, Result: finder.Find(ts))).ToList();
        var byShortKey = newActors.ByShortKey();
        foreach (var (ts, (found, owner)) in perParagraph)
        {
            AddNewShortNames(ts, found, owner, byShortKey);
        }

        var all = perParagraph.SelectMany(p => p.Result.Found).ToList();
        var mentions = new MentionRanker(all, gazetteer.Actors).Resolve(text);
        var used = mentions.Where(m => m.NewActorKey is not null).Select(m => m.NewActorKey!).ToHashSet(StringComparer.Ordinal);
        var proposals = newActors.All.Where(d => used.Contains(d.Key)).Select(d => d.ToProposal()).ToList();
        return new ActorResolution(mentions, proposals);
    }

    /// <summary>Later references to a new person by last name ("Kim" after "Kim Yo Jong"), which then compete with known actors.</summary>
    private static void AddNewShortNames(TokenStream ts, List<Found> found, Found?[] owner, Dictionary<string, List<NewActorDraft>> byShortKey)
    {
        if (byShortKey.Count == 0)
        {
            return;
        }

        for (var i = 0; i < ts.Count; i++)
        {
            if (!ts.IsWord(i) || !ts.Tokens[i].IsCapitalised(ts.Text))
            {
                continue;
            }

            if (!byShortKey.TryGetValue(ts.Keys[i], out var all))
            {
                continue;
            }

            // Only people already introduced, and the few most recent of them: "Kim" refers back, not forward.
            var drafts = all.Where(d => d.Evidence.Start <= ts.Tokens[i].Start).TakeLast(3).ToList();
            if (drafts.Count == 0)
            {
                continue;
            }

            var options = drafts.Select(d => new Option(null, d, Actors.AliasKind.ShortName, true, ts.Tokens[i].Of(ts.Text))).ToList();
            if (owner[i] is { } existing)
            {
                if (existing.By == FoundBy.Gazetteer && existing.Span.Length < 24 && existing.Options.All(o => o.Kind == Actors.AliasKind.ShortName))
                {
                    existing.Options = [.. existing.Options, .. options];
                }

                continue;
            }

            var mention = new Found(ts.Tokens[i].Span, ts.Paragraph.Index, ts.Sentences[i], FoundBy.NewShortName, options);
            MentionFinder.Decorate(ts, i, mention);
            owner[i] = mention;
            found.Add(mention);
            foreach (var draft in drafts)
            {
                draft.Aliases.Add(mention.Span.Of(ts.Text));
            }
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }

    /// <summary>Words the article writes in lower case somewhere: capitalised at a sentence start, they are not names.</summary>
    private static HashSet<string> LowercaseWords(IEnumerable<TokenStream> streams)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ts in streams)
        {
            for (var i = 0; i < ts.Count; i++)
            {
                if (ts.IsWord(i) && char.IsLower(ts.Text[ts.Tokens[i].Start]))
                {
                    words.Add(ts.Keys[i]);
                }
            }
        }

        return words;
    }
}
