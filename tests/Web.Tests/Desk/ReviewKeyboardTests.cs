using Bunit;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;
using NewsTreaty.Domain.Access;
using NewsTreaty.Domain.Ingestion.Review;
using NewsTreaty.TestSupport;
using NewsTreaty.Web.Desk.Pages.Ingestions;
using NewsTreaty.Web.Desk.Services;
using NewsTreaty.Web.Editor;

namespace NewsTreaty.Web.Tests.Desk;

/// <summary>
/// The review page's keys in bunit, against a real host's database: each key the page lists does its action on the
/// current proposal, as the desk layout calls it when the browser reports the key. (The browser's script drops keys
/// typed inside a field before they reach the circuit; ReviewQueueJourneyTests types into a form to show that.)
/// </summary>
public sealed class ReviewKeyboardTests : BunitContext, IAsyncLifetime
{
    private readonly NewsTreatyFactory _host = new(TestDatabase.NewSqlite(), new Dictionary<string, string?> { ["ChangeWatch:Enabled"] = "false" });
    private BunitJSModuleInterop _module = null!;
    private int _ingestion;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await using (var scope = _host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<EditorAccountStore>().CreateAsync("ana", "Ana", ApiRole.Editor, EditorFixture.Password, CancellationToken.None);
        }

        _ingestion = await ScriptedIngestion.StoreAsync(_host.Services, "keyboard", "guardian");
        JSInterop.Mode = JSRuntimeMode.Loose;
        _module = JSInterop.SetupModule("./js/desk.js");
        _module.Mode = JSRuntimeMode.Loose;
        var scopes = _host.Services.GetRequiredService<IServiceScopeFactory>();
        Services.AddMudServices();
        Services.AddScoped<DeskScript>();
        Services.AddScoped<ShortcutHub>();
        Services.AddScoped(sp => new DeskUser(sp.GetRequiredService<AuthenticationStateProvider>(), scopes));
        Services.AddScoped(sp => new IngestionDesk(scopes, sp.GetRequiredService<DeskUser>()));
        Services.AddScoped(_ => new RecordLookup(scopes));
        AddAuthorization().SetAuthorized("Ana").SetClaims(new System.Security.Claims.Claim(EditorAuthentication.UsernameClaim, "ana"));
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await _host.DisposeAsync();
        _host.Database.Dispose();
    }

    private IRenderedComponent<IngestionReview> RenderReview()
    {
        Render<MudPopoverProvider>();
        var cut = Render<IngestionReview>(p => p.Add(x => x.Id, _ingestion));
        cut.WaitForElement(".proposal-list", TimeSpan.FromSeconds(30));
        return cut;
    }

    private Task PressAsync(IRenderedComponent<IngestionReview> cut, string keys) =>
        cut.InvokeAsync(async () => Assert.True(await Services.GetRequiredService<ShortcutHub>().RunAsync(keys), $"No shortcut {keys}"));

    private static string CurrentLabel(IRenderedComponent<IngestionReview> cut) => cut.Find(".proposal-row.current .proposal-label").TextContent;

    /// <summary>Moves with j or k to the proposal of <paramref name="kind"/> whose label has <paramref name="words"/>.</summary>
    private async Task GoToAsync(IRenderedComponent<IngestionReview> cut, string kind, string words)
    {
        if (cut.FindAll(".proposal-row.current").Count == 0)
        {
            await PressAsync(cut, "j");
        }

        var ids = cut.FindAll(".proposal-row").Select(r => r.GetAttribute("data-proposal")).ToList();
        var steps = ids.IndexOf(Id(cut, kind, words)) - ids.IndexOf(cut.Find(".proposal-row.current").GetAttribute("data-proposal"));
        for (var i = 0; i < Math.Abs(steps); i++)
        {
            await PressAsync(cut, steps > 0 ? "j" : "k");
        }

        Assert.True(IsRow(cut, kind, words), $"No {kind} proposal with '{words}'");
    }

    private static bool IsRow(IRenderedComponent<IngestionReview> cut, string kind, string words) =>
        cut.FindAll(".proposal-row.current").SingleOrDefault() is { } row &&
        row.QuerySelector(".proposal-kind")!.TextContent == kind && row.QuerySelector(".proposal-label")!.TextContent.Contains(words, StringComparison.Ordinal);

    private Task<ProposalStatus> StatusAsync(string kind, string words) =>
        _host.WithDbAsync(db => db.Proposals.Where(p => p.IngestionId == _ingestion && p.Label.Contains(words) && p.Kind == Enum.Parse<ProposalKind>(kind))
            .Select(p => p.Status).SingleAsync());

    [Fact]
    public async Task JAndKMoveTheCurrentProposalAndFocusIt()
    {
        var cut = RenderReview();
        var rows = cut.FindAll(".proposal-row .proposal-label").Select(l => l.TextContent).ToList();
        Assert.True(rows.Count >= 3);

        await PressAsync(cut, "j");
        Assert.Equal(rows[0], CurrentLabel(cut));
        await PressAsync(cut, "j");
        Assert.Equal(rows[1], CurrentLabel(cut));
        await PressAsync(cut, "k");
        Assert.Equal(rows[0], CurrentLabel(cut));
        var id = cut.Find(".proposal-row.current").GetAttribute("data-proposal");
        Assert.Equal("true", cut.Find($"#proposal-{id}").GetAttribute("aria-current"));
        cut.WaitForAssertion(() => Assert.Contains(_module.Invocations, i => i.Identifier == "focus" && Equals(i.Arguments[0], $"#proposal-{id}")));
    }

    [Fact]
    public async Task AAcceptsRRejectsAndEOpensTheFormWhereAAndRDoNothing()
    {
        var cut = RenderReview();

        await GoToAsync(cut, "Actor", "Anna Berg");
        await PressAsync(cut, "e");
        cut.WaitForElement(".proposal-row.current .proposal-form");
        await PressAsync(cut, "a");
        await PressAsync(cut, "r");
        Assert.Equal(ProposalStatus.Proposed, await StatusAsync("Actor", "Anna Berg"));
        Assert.NotNull(cut.Find(".proposal-row.current .proposal-form"));
        cut.Find("#proposal-cancel-edit").Click();
        Assert.Empty(cut.FindAll(".proposal-form"));

        await PressAsync(cut, "a");
        cut.WaitForAssertion(() => Assert.Contains("accepted", cut.Find(".proposal-row:has(#proposal-" + Id(cut, "Actor", "Anna Berg") + ")").ClassName, StringComparison.Ordinal));
        Assert.Equal(ProposalStatus.Accepted, await StatusAsync("Actor", "Anna Berg"));

        await GoToAsync(cut, "Claim", "reviewed within a year");
        await PressAsync(cut, "r");
        Assert.Equal(ProposalStatus.Rejected, await StatusAsync("Claim", "reviewed within a year"));
    }

    [Fact]
    public async Task XMarksAndShiftAAcceptsOrShiftRRejectsTheMarkedOnesTogether()
    {
        var cut = RenderReview();

        await GoToAsync(cut, "Actor", "Anna Berg");
        await PressAsync(cut, "x");
        await GoToAsync(cut, "Claim", "reviewed within a year");
        await PressAsync(cut, "x");
        Assert.Contains("Accept marked (2)", cut.Find("#accept-marked").TextContent, StringComparison.Ordinal);
        await PressAsync(cut, "x");
        Assert.Contains("Accept marked (1)", cut.Find("#accept-marked").TextContent, StringComparison.Ordinal);
        await GoToAsync(cut, "Actor", "Vladimir Putin");
        await PressAsync(cut, "x");
        await PressAsync(cut, "shift+a");
        Assert.Equal(ProposalStatus.Accepted, await StatusAsync("Actor", "Anna Berg"));
        Assert.Equal(ProposalStatus.Accepted, await StatusAsync("Actor", "Vladimir Putin"));
        Assert.Equal(ProposalStatus.Proposed, await StatusAsync("Claim", "reviewed within a year"));
        Assert.Contains("Accept marked (0)", cut.Find("#accept-marked").TextContent, StringComparison.Ordinal);

        await GoToAsync(cut, "Claim", "reviewed within a year");
        await PressAsync(cut, "x");
        await PressAsync(cut, "shift+r");
        Assert.Equal(ProposalStatus.Rejected, await StatusAsync("Claim", "reviewed within a year"));
    }

    private static string Id(IRenderedComponent<IngestionReview> cut, string kind, string words) =>
        cut.FindAll(".proposal-row").Single(r => r.QuerySelector(".proposal-kind")!.TextContent == kind && r.QuerySelector(".proposal-label")!.TextContent.Contains(words, StringComparison.Ordinal))
            .GetAttribute("data-proposal")!;
}
