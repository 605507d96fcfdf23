using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Ingestion;

namespace NewsTreaty.Api.Tests;

/// <summary>
/// A pipeline whose stages 2–7 find exactly what this script says (stage 1 is the real cleaner), so the tests of
/// storage and review do not depend on how well the real stages read today. Articles are written for these tests.
/// </summary>
internal static class ScriptedPipeline
{
    public const string Headline = "River commission agrees to review the water treaty";

    public const string NewQuote = "\"The treaty will be reviewed within a year,\" said Anna Berg, a spokeswoman for the river commission.";

    public const string MatchedQuote = "Donald Trump spurned Kim at a summit in Hanoi in 2019.";

    public const string Article =
        Headline + "\n\nShare this article\n\nBy Maria Lind\n\n" +
        "The river commission met in Vienna on Tuesday to discuss the water treaty.\n\n" + NewQuote + "\n\n" +
        "Vladimir Putin was not invited. " + MatchedQuote + "\n\nComments are closed.\n";

    private static readonly (string Name, string? Known, string? Description)[] Actors =
    [
        ("Anna Berg", null, "a spokeswoman for the river commission"),
        ("Vladimir Putin", "vladimir-putin", null),
    ];

    public static IngestionResult Run(RawArticle raw, KnowledgeSnapshot knowledge)
    {
        var article = new ArticleCleaner().Run(raw);
        var text = article.Text;
        var headline = text.Split('\n')[0].Trim();
        var published = raw.PublishedHint is { } hint && PartialDate.TryParse(hint, out var date)
            ? new Supported<Publication>(new Publication(date, null, null, DateBasis.Stated, null), Evidence.Hint, null, 1)
            : null;
        var metadata = new ArticleMetadata(raw.OutletHint is { } o ? new Supported<string>(o, Evidence.Hint, null, 1) : null, null, published,
            new Supported<Genre>(Genre.News, Evidence.Default, null, 0.5), null,
            new Supported<string>(headline, Evidence.Text, new TextSpan(0, headline.Length), 0.9), null, null, "en", raw.Url);

        var mentions = new List<ActorMention>();
        var newActors = new List<ProposedActor>();
        foreach (var (name, known, description) in Actors)
        {
            var actor = known is null ? null : knowledge.Actors.FirstOrDefault(a => a.Slug == known);
            foreach (var at in Occurrences(text, name))
            {
                mentions.Add(new ActorMention(new TextSpan(at, at + name.Length), name, actor is null ? MentionResolution.New : MentionResolution.Known,
                    ActorKind.Person, actor?.Id, actor?.Slug, actor is null ? name : null, [], 0.9, "scripted"));
            }

            if (known is null && text.Contains(name, StringComparison.Ordinal))
            {
                var first = text.IndexOf(name, StringComparison.Ordinal);
                newActors.Add(new ProposedActor(name, name, ActorKind.Person, description, new TextSpan(first, first + name.Length), [], 0.8));
            }
        }

        var claims = new List<ClaimProposal>();
        var matches = new List<ClaimMatch>();
        if (text.IndexOf(NewQuote, StringComparison.Ordinal) is var q and >= 0)
        {
            var speaker = mentions.FindIndex(m => m.Text == "Anna Berg" && m.Span.Start > q);
            claims.Add(new ClaimProposal(new TextSpan(q, q + NewQuote.Length), NewQuote, "The water treaty will be reviewed within a year.", ClaimKind.DirectQuote,
                Hedging.Expected, new Claimant(speaker < 0 ? null : speaker, false, null, false, null), [], [], [], 0.85, []));
        }

        if (text.IndexOf(MatchedQuote, StringComparison.Ordinal) is var m and >= 0 && knowledge.Claims.FirstOrDefault(c => c.Slug == "trump-spurned-kim-at-hanoi") is { } known2)
        {
            claims.Add(new ClaimProposal(new TextSpan(m, m + MatchedQuote.Length), MatchedQuote, "Trump rebuffed Kim at the 2019 Hanoi summit.",
                ClaimKind.FactualAssertion, Hedging.Asserted, new Claimant(null, true, null, false, null), [], [], [], 0.7, []));
            matches.Add(new ClaimMatch(claims.Count - 1, known2.Id, known2.Slug, 0.82, "scripted paraphrase"));
        }

        return new IngestionResult(article, metadata, new ActorResolution(mentions, newActors), [], claims, [], new CrossArticleResult([], matches, []));
    }

    private static IEnumerable<int> Occurrences(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            yield return at;
        }
    }
}
