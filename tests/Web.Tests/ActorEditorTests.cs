using System.Net;
using static NewsTreaty.Web.Tests.EditorFixture;

namespace NewsTreaty.Web.Tests;

/// <summary>The actor editor over real HTTP: aliases, the dataset's date rule beside its field, and conflicts.</summary>
[Collection(EditorCollection.Name)]
public sealed class ActorEditorTests(EditorFixture site)
{
    [Fact]
    public async Task AnAddedAliasIsSavedAndABadAliasDateIsShownBesideItsField()
    {
        var client = await site.SignedInAsync("ana");
        const string path = "/editor/actors/edward-howell/edit";
        var (_, form) = await GetAsync(client, path);
        var blank = form.QuerySelectorAll("input[id$='-name'][id^='alias-']").Count() - 1;

        var (rejected, page) = await SubmitAsync(client, form, "actor", path,
            ($"Input.Aliases[{blank}].Name", "E. Howell"), ($"Input.Aliases[{blank}].ValidFrom", "last spring"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, rejected.StatusCode);
        Assert.NotNull(page.QuerySelector($"#alias-{blank}-from")?.ParentElement?.QuerySelector(".validation-message"));

        var (saved, _) = await SubmitAsync(client, form, "actor", path,
            ($"Input.Aliases[{blank}].Name", "E. Howell"), ($"Input.Aliases[{blank}].ValidFrom", "2020"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, again) = await GetAsync(client, path);
        Assert.Equal("E. Howell", again.QuerySelector($"#alias-{blank}-name")?.GetAttribute("value"));
        Assert.Equal("2020", again.QuerySelector($"#alias-{blank}-from")?.GetAttribute("value"));
    }

    [Fact]
    public async Task AnAliasKindIsSavedAndATitleWithoutItsPeriodIsRefusedBesideItsField()
    {
        var client = await site.SignedInAsync("ana");
        const string path = "/editor/actors/jenny-town/edit";
        var (_, form) = await GetAsync(client, path);
        Assert.Equal("ShortName", form.QuerySelector("#alias-1-kind option[selected]")?.GetAttribute("value")); // "Ms Town"
        var blank = form.QuerySelectorAll("input[id$='-name'][id^='alias-']").Count() - 1;

        var (rejected, page) = await SubmitAsync(client, form, "actor", path,
            ($"Input.Aliases[{blank}].Name", "the Stimson Center's Korea director"), ($"Input.Aliases[{blank}].Kind", "TitleOrRole"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, rejected.StatusCode);
        Assert.Contains("title or role", page.QuerySelector($"#alias-{blank}-from")?.ParentElement?.QuerySelector(".validation-message")?.TextContent, StringComparison.Ordinal);

        var (saved, _) = await SubmitAsync(client, form, "actor", path,
            ($"Input.Aliases[{blank}].Name", "the Stimson Center's Korea director"), ($"Input.Aliases[{blank}].Kind", "TitleOrRole"),
            ($"Input.Aliases[{blank}].ValidFrom", "2016"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, again) = await GetAsync(client, path);
        Assert.Equal("TitleOrRole", again.QuerySelector($"#alias-{blank}-kind option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task AnAffiliationIsSavedAndAnUnknownOrganisationIsShownBesideItsField()
    {
        var client = await site.SignedInAsync("ana");
        const string path = "/editor/actors/edward-howell/edit";
        var (_, form) = await GetAsync(client, path);
        var blank = form.QuerySelectorAll("input[id^='affiliation-'][id$='-organisation']").Count() - 1;

        var (rejected, page) = await SubmitAsync(client, form, "actor", path, ($"Input.Affiliations[{blank}].Organisation", "no-such-organisation"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, rejected.StatusCode);
        Assert.Contains("no-such-organisation", page.QuerySelector($"#affiliation-{blank}-organisation")?.ParentElement?.QuerySelector(".validation-message")?.TextContent, StringComparison.Ordinal);

        var (saved, _) = await SubmitAsync(client, form, "actor", path,
            ($"Input.Affiliations[{blank}].Organisation", "russia"), ($"Input.Affiliations[{blank}].Role", "observer"), ($"Input.Affiliations[{blank}].From", "2019"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, again) = await GetAsync(client, path);
        Assert.Equal("russia", again.QuerySelector($"#affiliation-{blank}-organisation")?.GetAttribute("value"));
        Assert.Equal("2019", again.QuerySelector($"#affiliation-{blank}-from")?.GetAttribute("value"));
    }

    [Fact]
    public async Task SavingAnActorAfterSomeoneElseShowsTheirDescription()
    {
        var ana = await site.SignedInAsync("ana");
        var bo = await site.SignedInAsync("bo");
        const string path = "/editor/actors/soviet-union/edit";
        var (_, anaForm) = await GetAsync(ana, path);
        var (_, boForm) = await GetAsync(bo, path);
        Assert.Equal(HttpStatusCode.Redirect, (await SubmitAsync(bo, boForm, "actor", path, ("Input.Description", "Bo's description."))).Response.StatusCode);

        var (conflict, page) = await SubmitAsync(ana, anaForm, "actor", path, ("Input.Name", "USSR"));

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Equal(["Name", "Description"], page.QuerySelectorAll(".conflict dt").Select(d => d.TextContent));
        Assert.Equal("Bo's description.", page.QuerySelectorAll(".conflict dd")[1].TextContent);
        Assert.Equal("USSR", page.QuerySelector("#name")?.GetAttribute("value"));
    }
}
