using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Ingestion;

namespace NewsTreaty.Domain.Tests.Ingestion;

public sealed class ActorResolverTests
{
    [Fact]
    public void FullNamesAndSpellingVariantsResolve()
    {
        var actors = Knowledge.Actors("Kim Jong-un received Vladimir Putin. KIM JONG UN smiled.");
        Assert.Equal("kim-jong-un", actors.Mention("Kim Jong-un").ActorSlug);
        Assert.Equal("vladimir-putin", actors.Mention("Vladimir Putin").ActorSlug);
        Assert.Equal("kim-jong-un", actors.Mention("KIM JONG UN").ActorSlug);
    }

    [Fact]
    public void HonorificFormResolvesThroughTheAliasValidOnTheArticlesDate()
    {
        const string text = "Kim Jong Il and later Kim Jong Un both met Russian envoys. Mr Kim said the talks went well.";
        Assert.Equal("kim-jong-un", Knowledge.Actors(text, "2024-06-20").Mention("Mr Kim").ActorSlug);
        Assert.Equal("kim-jong-il", Knowledge.Actors(text, "2005-03-01").Mention("Mr Kim").ActorSlug);
    }

    [Fact]
    public void KimJongIlIsNotKimJongUn()
    {
        var actors = Knowledge.Actors("Kim Jong Il signed the accord in 2000. His son Kim Jong Un came later.");
        Assert.Equal("kim-jong-il", actors.Mention("Kim Jong Il").ActorSlug);
        Assert.Equal("kim-jong-un", actors.Mention("Kim Jong Un").ActorSlug);
    }

    [Fact]
    public void DuyeonKimIsNotKimJongUnAndABareKimNeedsContext()
    {
        const string text = """
            Kim Jong Un pledged support for Moscow on Thursday.

            "The risk is rising," said Duyeon Kim, an analyst at the Stimson Center. Kim added that Washington had been slow to react.

            Kim said his country would stand by Russia.
            """;
        var actors = Knowledge.Actors(text);
        Assert.Equal("duyeon-kim", actors.Mention("Duyeon Kim").ActorSlug);
        Assert.Equal("duyeon-kim", actors.Mention("Kim", 1).ActorSlug); // right after her quote, in her paragraph
        Assert.Equal("kim-jong-un", actors.Mention("Kim", 2).ActorSlug); // a new paragraph about the leader
    }

    [Fact]
    public void AKimWhoIsNeitherIsANewActor()
    {
        var actors = Knowledge.Actors("Kim Jong Un was absent. His sister Kim Yo Jong, a senior party official, read the statement.");
        var sister = actors.Mention("Kim Yo Jong");
        Assert.Equal(MentionResolution.New, sister.Resolution);
        Assert.Null(sister.ActorId);
        var proposal = Assert.Single(actors.NewActors, a => a.Key == sister.NewActorKey);
        Assert.Equal(ActorKind.Person, proposal.Kind);
        Assert.Equal("a senior party official", proposal.Description);
    }

    [Fact]
    public void MetonymsAreActorsOnlyWhenTheyAct()
    {
        var actors = Knowledge.Actors("Putin landed in Pyongyang at dawn. Pyongyang has denied the report, and the Kremlin said nothing. Crowds filled the streets of Seoul.");
        var pyongyang = actors.Mentions.Where(m => m.Text == "Pyongyang").ToList();
        Assert.Equal("north-korea", Assert.Single(pyongyang).ActorSlug); // the second one: it denies
        Assert.True(pyongyang[0].Span.Start > 30);
        Assert.Equal("russia", actors.Mention("the Kremlin").ActorSlug);
        Assert.DoesNotContain(actors.Mentions, m => m.Text == "Seoul");
    }

    [Fact]
    public void MoscowMeansTheSovietUnionBeforeDecember1991()
    {
        const string text = "Moscow recognised Seoul. Russia later kept its distance.";
        Assert.Equal("soviet-union", Knowledge.Actors(text, "1990-10-01").Mention("Moscow").ActorSlug);
        Assert.Equal("russia", Knowledge.Actors(text, "2024-06-20").Mention("Moscow").ActorSlug);
    }

    [Fact]
    public void DescriptionsAndBareSurnamesDoNotResolveWithoutContext()
    {
        var alone = Knowledge.Actors("The North Korean dictator waved. Town was quiet.");
        Assert.Equal(MentionResolution.Ambiguous, alone.Mention("The North Korean dictator").Resolution);
        Assert.DoesNotContain(alone.Mentions, m => m.ActorSlug == "jenny-town");

        var withContext = Knowledge.Actors("Kim Jong Un arrived. The North Korean dictator waved. Jenny Town watched; Ms Town said little.");
        Assert.Equal("kim-jong-un", withContext.Mention("The North Korean dictator").ActorSlug);
        Assert.Equal("jenny-town", withContext.Mention("Ms Town").ActorSlug);
    }

    [Fact]
    public void TitlesResolveWithinTheirValidity()
    {
        Assert.Equal("kim-jong-un", Knowledge.Actors("The North Korean leader spoke.", "2024-06-20").Mention("The North Korean leader").ActorSlug);
        Assert.Equal("kim-jong-il", Knowledge.Actors("The North Korean leader spoke.", "2000-07-19").Mention("The North Korean leader").ActorSlug);
    }

    [Fact]
    public void UnknownPeopleOrganisationsAndAgenciesBecomeProposalsWithWhatTheTextSays()
    {
        const string text = """
            "Stocks are falling," said Mara Lindqvist of the Baltic Fisheries Institute.

            Ana Ruiz, a spokeswoman for the foreign ministry, declined to comment, the Yonhap news agency reported. Photo: Nordlys Pictures
            """;
        var actors = Knowledge.Actors(text);
        var mara = actors.NewActors.Single(a => a.Name == "Mara Lindqvist");
        Assert.Equal(ActorKind.Person, mara.Kind);
        Assert.Equal("of the Baltic Fisheries Institute", mara.Description);
        Assert.Contains(actors.NewActors, a => a.Name == "Baltic Fisheries Institute" && a.Kind == ActorKind.Organisation);
        Assert.Equal("a spokeswoman for the foreign ministry", actors.NewActors.Single(a => a.Name == "Ana Ruiz").Description);
        Assert.Contains(actors.NewActors, a => a.Name == "Yonhap" && a.Kind == ActorKind.Media);
        Assert.Contains(actors.NewActors, a => a.Name == "Nordlys Pictures" && a.Kind == ActorKind.Media);
    }

    [Fact]
    public void PlacesAndAdjectivesAreNotActorsButUnknownCountriesAreStates()
    {
        var actors = Knowledge.Actors("Russian diplomats flew to Hanoi, then to Asia's other capitals; Vietnam welcomed them.");
        Assert.DoesNotContain(actors.Mentions, m => m.Text is "Russian" or "Hanoi" or "Asia");
        Assert.Equal(ActorKind.State, actors.Mention("Vietnam").Kind);
        Assert.Equal(MentionResolution.New, actors.Mention("Vietnam").Resolution);
    }

    [Fact]
    public void EveryMentionSpanPointsAtItsText()
    {
        const string text = "Mr Putin met Kim Jong Un; Pyongyang thanked Moscow. “Good,” said Duyeon Kim.";
        var actors = Knowledge.Actors(text);
        Assert.NotEmpty(actors.Mentions);
        Assert.All(actors.Mentions, m => Assert.Equal(m.Text, m.Span.Of(text)));
    }
}
