using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using NewsTreaty.Web.Desk.Components;
using NewsTreaty.Web.Desk.Forms;
using NewsTreaty.Web.Desk.Services;
using NewsTreaty.Web.Editor;

namespace NewsTreaty.Web.Tests.Desk;

/// <summary>
/// The record form's frame in bunit: a refused save puts each message in a summary that takes focus, and each
/// summary line moves focus to its field. Nothing reaches the database: the form's own rules refuse first.
/// </summary>
public sealed class RecordEditorFrameTests : BunitContext, IAsyncLifetime
{
    // The desk's script module is only asynchronously disposable, so the context is disposed that way (xUnit then calls Dispose, a no-op).
    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    private readonly BunitJSModuleInterop _module;

    public RecordEditorFrameTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        _module = JSInterop.SetupModule("./js/desk.js");
        _module.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddScoped<DeskScript>();
        Services.AddScoped<ShortcutHub>();
        Services.AddScoped<DeskUser>();
        Services.AddScoped<DeskSaver>();
        AddAuthorization().SetAuthorized("ana").SetClaims(new System.Security.Claims.Claim(EditorAuthentication.UsernameClaim, "ana"));
    }

    private IRenderedComponent<RecordEditorFrame<OutletForm>> RenderNewOutlet() =>
        Render<RecordEditorFrame<OutletForm>>(p => p.Add(x => x.ChildContent, (RenderFragment<OutletForm>)(form => builder =>
        {
            builder.OpenComponent<InputText>(0);
            builder.AddAttribute(1, "id", "name");
            builder.AddAttribute(2, nameof(InputText.Value), form.Name);
            builder.AddAttribute(3, nameof(InputText.ValueExpression), (System.Linq.Expressions.Expression<Func<string>>)(() => form.Name));
            builder.CloseComponent();
        })));

    [Fact]
    public void ARefusedSaveListsEachMessageInASummaryThatTakesFocus()
    {
        var cut = RenderNewOutlet();

        cut.Find("button#save").Click();

        var summary = cut.WaitForElement("#form-problems");
        Assert.Equal("-1", summary.GetAttribute("tabindex"));
        Assert.Contains("Nothing was saved", summary.TextContent, StringComparison.Ordinal);
        var links = summary.QuerySelectorAll("a").Select(a => (a.GetAttribute("href"), a.TextContent)).ToList();
        Assert.Contains(links, l => l.Item1!.EndsWith("#name", StringComparison.Ordinal) && l.TextContent == "Give the outlet's name.");
        Assert.Contains(links, l => l.Item1!.EndsWith("#country", StringComparison.Ordinal));
        cut.WaitForAssertion(() => Assert.Contains(_module.Invocations, i => i.Identifier == "focus" && Equals(i.Arguments[0], "#form-problems")));
    }

    [Fact]
    public void ASummaryLineMovesFocusToItsField()
    {
        var cut = RenderNewOutlet();
        cut.Find("button#save").Click();
        var link = cut.WaitForElement("#form-problems a[href$='#name']");

        link.Click();

        Assert.Contains(_module.Invocations, i => i.Identifier == "focus" && Equals(i.Arguments[0], "#name"));
    }
}
