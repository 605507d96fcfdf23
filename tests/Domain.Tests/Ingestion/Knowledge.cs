using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Events;
using NewsTreaty.Domain.Ingestion;

namespace NewsTreaty.Domain.Tests.Ingestion;

/// <summary>A small hand-built knowledge snapshot with alias kinds stated, and helpers to make articles of our own text.</summary>
internal static class Knowledge
{
    private static KnownAlias A(string name, AliasKind kind, string? from = null, string? to = null) =>
        new(name, kind, from is null ? null : PartialDate.Parse(from), to is null ? null : PartialDate.Parse(to));

    public static readonly KnowledgeSnapshot Snapshot = new(
        [
            new KnownActor(1, "kim-jong-un", ActorKind.Person, "Kim Jong Un", "Supreme leader of North Korea since 2011", "Q56226",
                [A("Kim Jong-un", AliasKind.Name), A("Kim", AliasKind.ShortName, "2011-12"), A("Mr Kim", AliasKind.ShortName, "2011-12"),
                 A("the North Korean leader", AliasKind.TitleOrRole, "2011-12"), A("the North Korean dictator", AliasKind.Description)], [10]),
            new KnownActor(2, "kim-jong-il", ActorKind.Person, "Kim Jong Il", "Leader of North Korea 1994-2011", "Q10655",
                [A("Mr Kim", AliasKind.ShortName, null, "2011-12"), A("the North Korean leader", AliasKind.TitleOrRole, "1994-07", "2011-12")], [10]),
            new KnownActor(3, "duyeon-kim", ActorKind.Person, "Duyeon Kim", "Analyst at a Washington think-tank", null, [], [20]),
            new KnownActor(4, "vladimir-putin", ActorKind.Person, "Vladimir Putin", "President of Russia", "Q7747",
                [A("Putin", AliasKind.ShortName), A("Mr Putin", AliasKind.ShortName), A("Russia's dictator", AliasKind.Description),
                 A("the Russian president", AliasKind.TitleOrRole, "2012-05")], [11]),
            new KnownActor(5, "jenny-town", ActorKind.Person, "Jenny Town", "Analyst", null, [A("Town", AliasKind.ShortName), A("Ms Town", AliasKind.ShortName)], []),
            new KnownActor(10, "north-korea", ActorKind.State, "North Korea", "", "Q423",
                [A("DPRK", AliasKind.Name), A("Pyongyang", AliasKind.Metonym), A("the North", AliasKind.ShortName), A("the hermit kingdom", AliasKind.Description)], []),
            new KnownActor(11, "russia", ActorKind.State, "Russia", "", "Q159",
                [A("Moscow", AliasKind.Metonym, "1991-12"), A("the Kremlin", AliasKind.Metonym)], []),
            new KnownActor(12, "soviet-union", ActorKind.State, "Soviet Union", "", "Q15180", [A("USSR", AliasKind.Name), A("Moscow", AliasKind.Metonym, null, "1991-12")], []),
            new KnownActor(13, "south-korea", ActorKind.State, "South Korea", "", "Q884", [A("Seoul", AliasKind.Metonym)], []),
            new KnownActor(20, "stimson-center", ActorKind.Organisation, "Stimson Center", "", null, [A("Stimson Centre", AliasKind.Name)], []),
            new KnownActor(21, "kcna", ActorKind.Media, "Korean Central News Agency", "", null, [A("KCNA", AliasKind.Name)], []),
            new KnownActor(22, "bloomberg-news", ActorKind.Media, "Bloomberg", "", null, [A("Bloomberg News", AliasKind.Name)], []),
        ],
        [
            new KnownOutlet(1, "wire-one", "Bloomberg News", OutletKind.Wire, "US", null, false),
            new KnownOutlet(2, "weekly", "The Weekly Review", OutletKind.Magazine, "GB", null, false),
            new KnownOutlet(3, "daily", "The Daily Courier", OutletKind.Newspaper, "SG", null, false),
        ],
        [
            new KnownEvent(1, "treaty-1961", EventKind.TreatySigned, "Soviet-North Korean treaty signed", "", PartialDate.Parse("1961-07-06"), null, [12, 10]),
            new KnownEvent(2, "treaty-lapses-1996", EventKind.TreatyWithdrawn, "Russia lets the 1961 treaty lapse", "", PartialDate.Parse("1996"), null, [11, 10]),
            new KnownEvent(3, "visit-2000", EventKind.StateVisit, "Putin visits Pyongyang", "", PartialDate.Parse("2000-07-19"), PartialDate.Parse("2000-07-20"), [4, 2, 11, 10]),
            new KnownEvent(4, "treaty-2024", EventKind.TreatySigned, "Partnership treaty signed", "", PartialDate.Parse("2024-06-19"), null, [4, 1, 11, 10]),
        ],
        [],
        [
            new KnownClaim(1, "kim-unconditional-support", "Kim Jong Un pledged to support Russia's war unconditionally.", ClaimKind.ReportedSpeech, 1, null,
                ["Kim pledged to unconditionally support Putin's war"], [11], []),
            new KnownClaim(2, "debt-write-off", "Russia wrote off 90% of North Korea's Soviet-era debt, about $11bn.", ClaimKind.FactualAssertion, null, 2,
                ["write off 90 per cent of the debt"], [11, 10], []),
        ]);

    /// <summary>An article whose cleaned text is <paramref name="body"/> (paragraphs separated by blank lines), all body.</summary>
    public static CleanedArticle Article(string body) =>
        new(body, body.Length == 0 ? [] : [new PartSpan(ArticlePart.Body, new TextSpan(0, body.Length))], OffsetMap.Identity(body.Length), []);

    public static ArticleMetadata Dated(string date, string? outletSlug = null, string? byline = null) =>
        new(null, outletSlug, new Supported<Publication>(new Publication(PartialDate.Parse(date), null, null, DateBasis.Stated, null), Evidence.Text, null, 1),
            new Supported<Genre>(Genre.News, Evidence.Default, null, 0.5), byline is null ? null : new Supported<string>(byline, Evidence.Text, null, 1),
            null, null, null, "en", null);

    public static ActorResolution Actors(string body, string date = "2024-06-20") =>
        new ActorResolver().Run(Article(body), Dated(date), Snapshot);

    /// <summary>The mention whose text is <paramref name="text"/> (the <paramref name="occurrence"/>th, from 1).</summary>
    public static ActorMention Mention(this ActorResolution resolution, string text, int occurrence = 1) =>
        resolution.Mentions.Where(m => m.Text == text).Skip(occurrence - 1).FirstOrDefault()
        ?? throw new Xunit.Sdk.XunitException($"No mention '{text}' (#{occurrence}) among: {string.Join(", ", resolution.Mentions.Select(m => m.Text))}");
}
