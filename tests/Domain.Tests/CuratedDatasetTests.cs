using System.Security.Cryptography;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Tests;

/// <summary>The shipped treaty dataset: what the product brief promises, and evidence that matches the seed texts.</summary>
public sealed class CuratedDatasetTests
{
    private static readonly Bundle Curated = BundleImporter.Parse(BundleExporter.ReadCuratedJson());

    [Fact]
    public void HoldsTheFiveSeedArticlesWithoutTheirText()
    {
        Assert.Equal(5, Curated.Articles.Count);
        Assert.All(Curated.Articles, a => Assert.Null(a.Text));
        Assert.All(Curated.Articles, a => Assert.NotNull(a.Source));
    }

    [Fact]
    public void RecordsSyndicationAndRelayRelations()
    {
        var relations = Curated.Articles.SelectMany(a => a.Relations ?? []).ToList();
        Assert.Contains(relations, r => r.Kind == Articles.ArticleRelationKind.SyndicatedCopyOf && r.Article is not null);
        Assert.Contains(relations, r => r.Kind == Articles.ArticleRelationKind.RelaysReportingOf && r.Outlet is not null);
    }

    [Fact]
    public void HasTheTreatyTimelineWithHonestPrecision()
    {
        Assert.True(Curated.Events.Count >= 15, $"{Curated.Events.Count} events");
        var dates = Curated.Events.Select(e => PartialDate.Parse(e.Date)).ToList();
        Assert.Equal(1961, dates.Min()!.Year);
        Assert.Equal(2024, dates.Where(d => d.Year <= 2024).Max()!.Year);

        AssertEvent(EventKind.TreatySigned, "1961-07-06");
        AssertEvent(EventKind.TreatyExpired, "1996");
        AssertEvent(EventKind.StateVisit, "2000-07-19");
        AssertEvent(EventKind.DebtRelief, "2014-05");
        AssertEvent(EventKind.TreatySigned, "2024-06-19");
        Assert.All(Curated.Events, e => Assert.NotEmpty(e.Actors ?? []));
    }

    private static void AssertEvent(EventKind kind, string date) =>
        Assert.Contains(Curated.Events, e => e.Kind == kind && e.Date == date);

    [Fact]
    public void HasActorsWithAliasesAndWikidataIds()
    {
        Assert.True(Curated.Actors.Count >= 25, $"{Curated.Actors.Count} actors");
        Assert.True(Curated.Actors.Count(a => a.WikidataId is not null) >= 15);
        var kimJongUn = Curated.Actors.Single(a => a.Name == "Kim Jong Un");
        Assert.Equal("Q56226", kimJongUn.WikidataId);
        Assert.Contains(kimJongUn.Aliases!, a => a.Name == "Kim Jong-un");
        var kimJongIl = Curated.Actors.Single(a => a.Name == "Kim Jong Il");
        Assert.Contains(kimJongIl.Aliases!, a => a.Name == "Mr Kim" && a.ValidTo is not null);
    }

    [Theory]
    [InlineData("vladimir-putin", "Russia's dictator", AliasKind.Description)]
    [InlineData("kim-jong-un", "the North Korean dictator", AliasKind.Description)]
    [InlineData("donald-trump", "the then president", AliasKind.Description)]
    [InlineData("north-korea", "the hermit kingdom", AliasKind.Description)]
    [InlineData("kim-jong-un", "Kim", AliasKind.ShortName)]
    [InlineData("vladimir-putin", "the Russian president", AliasKind.TitleOrRole)]
    [InlineData("russia", "the Kremlin", AliasKind.Metonym)]
    public void AliasesThatWouldResolveTheWrongPersonHaveTheirKind(string actor, string alias, AliasKind kind) =>
        Assert.All(Curated.Actors.Single(a => a.Slug == actor).Aliases!.Where(a => a.Name == alias), a => Assert.Equal(kind, a.Kind));

    [Fact]
    public void TitlesAreDatedAndNoOrdinaryWordOrGuessIsAnAlias()
    {
        var aliases = Curated.Actors.SelectMany(a => a.Aliases ?? []).ToList();
        Assert.All(aliases.Where(a => a.Kind == AliasKind.TitleOrRole), a => Assert.NotNull(a.ValidFrom));
        Assert.DoesNotContain(aliases, a => a.Name is "Town" or "the Russian President's spokesperson");
        Assert.Equal(2, aliases.Count(a => a.Name == "the Russian president")); // 2000-2008 and since 2012, not Medvedev's years
    }

    [Fact]
    public void MillionsAndBillionsAreMagnitudesWithoutAValue()
    {
        var quantities = Curated.Claims.SelectMany(c => c.Quantities ?? []).ToList();
        Assert.Contains(quantities, q => q is { Value: null, Magnitude: QuantityMagnitude.Millions, Text: "millions of artillery shells" });
        Assert.Contains(quantities, q => q is { Value: null, Magnitude: QuantityMagnitude.Billions });
        Assert.DoesNotContain(quantities, q => q.Value is 2_000_000m or 2_000_000_000m);
    }

    [Fact]
    public void HasClaimsOverEveryArticleAndEveryKind()
    {
        Assert.True(Curated.Claims.Count >= 40, $"{Curated.Claims.Count} claims");
        var cited = Curated.Claims.SelectMany(c => c.Appearances ?? []).Select(a => a.Article).ToHashSet();
        Assert.All(Curated.Articles, a => Assert.Contains(a.Slug, cited));
        Assert.Equal(Enum.GetValues<ClaimKind>().ToHashSet(), Curated.Claims.Select(c => c.Kind).ToHashSet());
        Assert.All(Curated.Claims, c => Assert.NotEmpty(c.Appearances ?? []));
    }

    [Fact]
    public void QuotationsAreShort()
    {
        var quotes = Curated.Claims.SelectMany(c => c.Appearances ?? []).Select(a => a.Quote);
        Assert.All(quotes, q => Assert.True(q.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < 30, q));
    }

    [SkippableFact]
    public void EveryQuotationIsExactlyTheSeedTextAtItsOffsets()
    {
        var seeds = SeedFolder.Find();
        Skip.If(seeds is null, "../shared/seeds is not beside this checkout; set NEWSTREATY_SEEDS to check quotations against the seed texts.");

        var texts = Curated.Articles.ToDictionary(a => a.Slug, a =>
        {
            var path = Path.Combine(seeds!, a.Source!.Name);
            Assert.True(File.Exists(path), $"Seed {a.Source.Name} for article {a.Slug} is missing from {seeds}");
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(a.Source.Sha256, Convert.ToHexStringLower(SHA256.HashData(bytes)));
            return System.Text.Encoding.UTF8.GetString(bytes);
        });
        var checkedCount = 0;
        foreach (var claim in Curated.Claims)
        {
            foreach (var appearance in claim.Appearances!)
            {
                var text = texts[appearance.Article];
                Assert.True(appearance.End <= text.Length, $"{claim.Slug}: offsets past the end of {appearance.Article}");
                Assert.Equal(appearance.Quote, text[appearance.Start..appearance.End]);
                checkedCount++;
            }
        }

        Assert.True(checkedCount >= 40);
    }
}

/// <summary>The dataset tools: the shipped bundle is exactly what the build script writes, and the checker passes it.</summary>
public sealed class DatasetToolTests
{
    [SkippableFact]
    public async Task TheShippedBundleIsWhatTheBuildScriptWritesAndTheCheckerFindsNothingWrong()
    {
        var seeds = SeedFolder.Find();
        var repository = SeedFolder.Repository();
        Skip.If(seeds is null || repository is null, "../shared/seeds is not beside this checkout; set NEWSTREATY_SEEDS to run the dataset tools.");
        var built = Path.Combine(Path.GetTempPath(), $"treaty-{Guid.NewGuid():N}.bundle.json");
        try
        {
            var (buildExit, buildOutput) = await PythonAsync(repository!, "tools/dataset/build_bundle.py", seeds!, built);
            Skip.If(buildExit is null, "python3 is not installed.");
            Assert.True(buildExit == 0, buildOutput);
            Assert.Equal(BundleExporter.ReadCuratedJson(), await File.ReadAllTextAsync(built));

            var (checkExit, checkOutput) = await PythonAsync(repository!, "tools/dataset/check_bundle.py", built, seeds!);
            Assert.True(checkExit == 0, checkOutput);
            Assert.EndsWith("OK", checkOutput.TrimEnd(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(built);
        }
    }

    [SkippableFact]
    public async Task TheCheckerReportsEachEvidenceRuleBrokenWithItsJsonPath()
    {
        var seeds = SeedFolder.Find();
        var repository = SeedFolder.Repository();
        Skip.If(seeds is null || repository is null, "../shared/seeds is not beside this checkout; set NEWSTREATY_SEEDS to run the dataset tools.");
        var bundle = System.Text.Json.Nodes.JsonNode.Parse(BundleExporter.ReadCuratedJson())!;
        var claims = bundle["claims"]!.AsArray();
        int Claim(string slug) => claims.Select((c, i) => (c, i)).Single(x => x.c!["slug"]!.GetValue<string>() == slug).i;
        var shells = Claim("nk-supplied-millions-of-shells");
        var comrades = Claim("kim-comrades-in-arms-message");
        claims[shells]!["quantities"]![0]!["value"] = 2_000_000;
        claims[shells]!["quantities"]![0]!["magnitude"] = null;
        claims[comrades]!["claimantInferred"] = false;
        var actors = bundle["actors"]!.AsArray();
        var putin = actors.Select((a, i) => (a, i)).Single(x => x.a!["slug"]!.GetValue<string>() == "vladimir-putin").i;
        var title = actors[putin]!["aliases"]!.AsArray().Select((a, i) => (a, i)).First(x => x.a!["kind"]!.GetValue<string>() == "title-or-role").i;
        actors[putin]!["aliases"]![title]!["validFrom"] = null;
        var broken = Path.Combine(Path.GetTempPath(), $"treaty-broken-{Guid.NewGuid():N}.bundle.json");
        try
        {
            await File.WriteAllTextAsync(broken, bundle.ToJsonString());
            var (exit, output) = await PythonAsync(repository!, "tools/dataset/check_bundle.py", broken, seeds!);
            Skip.If(exit is null, "python3 is not installed.");

            Assert.Equal(1, exit);
            Assert.Contains($"claims[{shells}].quantities[0].value", output, StringComparison.Ordinal);
            Assert.Contains($"claims[{comrades}].claimantActor", output, StringComparison.Ordinal);
            Assert.Contains($"actors[{putin}].aliases[{title}].validFrom", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(broken);
        }
    }

    private static async Task<(int? Exit, string Output)> PythonAsync(string workingDirectory, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo("python3") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        System.Diagnostics.Process? process;
        try
        {
            process = System.Diagnostics.Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return (null, "");
        }

        using (process)
        {
            var output = process!.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await output + await errors);
        }
    }
}

internal static class SeedFolder
{
    /// <summary>The checkout this test runs from (the folder holding NewsTreaty.sln).</summary>
    public static string? Repository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NewsTreaty.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    /// <summary>../shared/seeds beside the repository, or NEWSTREATY_SEEDS.</summary>
    public static string? Find()
    {
        if (Environment.GetEnvironmentVariable("NEWSTREATY_SEEDS") is { Length: > 0 } configured)
        {
            return Directory.Exists(configured) ? configured : null;
        }

        var seeds = Repository() is { } repository ? Path.Combine(repository, "..", "shared", "seeds") : null;
        return seeds is not null && Directory.Exists(seeds) ? Path.GetFullPath(seeds) : null;
    }
}
