using Bunit;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Web.Desk.ArticleDesk;
using NewsTreaty.Web.Desk.Services;

namespace NewsTreaty.Web.Tests.Desk;

/// <summary>The reading pane's logic in bunit: runs carry their offsets, and a browser selection becomes a verified, trimmed span.</summary>
public sealed class ReadingPaneTests : BunitContext, IAsyncLifetime
{
    // The desk's script module is only asynchronously disposable, so the context is disposed that way (xUnit then calls Dispose, a no-op).
    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    private const string Text = "Summit notes\n\n\"This treaty is a breakthrough,\" Putin said. Officials agreed.";

    private readonly BunitJSModuleInterop _module;

    public ReadingPaneTests()
    {
        Services.AddScoped<DeskScript>();
        _module = JSInterop.SetupModule("./js/desk.js");
    }

    [Fact]
    public void EveryRunStartsAtItsOffsetInTheTextAndMarksStoredQuotations()
    {
        var quote = Text.IndexOf("\"This", StringComparison.Ordinal);
        var end = Text.IndexOf(" Putin", StringComparison.Ordinal);
        var cut = Render<ReadingPane>(p => p.Add(x => x.Text, Text).Add(x => x.Marks, [new TextMark(quote, end, TextMarkKind.Claim, "breakthrough-claim", "A breakthrough")]));

        var runs = cut.FindAll("#reading-pane [data-at]");
        Assert.Equal(Text, string.Concat(runs.Select(r => r.TextContent)));
        foreach (var run in runs)
        {
            var at = int.Parse(run.GetAttribute("data-at")!, System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(Text.Substring(at, run.TextContent.Length), run.TextContent);
        }

        var mark = Assert.Single(cut.FindAll("mark.quote"));
        Assert.Equal(quote.ToString(System.Globalization.CultureInfo.InvariantCulture), mark.GetAttribute("data-at"));
        Assert.Equal(Text[quote..end], mark.TextContent);
    }

    [Fact]
    public void ASelectionIsTrimmedToItsWordsAndReportedWithItsOffsets()
    {
        TextRange? selected = null;
        var cut = Render<ReadingPane>(p => p.Add(x => x.Text, Text).Add(x => x.Selected, r => selected = r));
        var start = Text.IndexOf("Officials", StringComparison.Ordinal) - 1; // the browser's selection took the space before
        _module.Setup<ReadingPane.BrowserSelection?>("selection", _ => true)
            .SetResult(new ReadingPane.BrowserSelection(start, Text.Length, Text[start..]));

        cut.Find("#reading-pane").MouseUp();

        Assert.Equal(new TextRange(start + 1, Text.Length), selected);
        Assert.Equal("Officials agreed.", selected!.Value.Of(Text));
    }

    [Fact]
    public void ASelectionThatNoLongerMatchesTheTextIsDropped()
    {
        TextRange? selected = new TextRange(0, 1);
        var cut = Render<ReadingPane>(p => p.Add(x => x.Text, Text).Add(x => x.Selected, r => selected = r));
        _module.Setup<ReadingPane.BrowserSelection?>("selection", _ => true)
            .SetResult(new ReadingPane.BrowserSelection(0, 6, "Mutiny"));

        cut.Find("#reading-pane").MouseUp();

        Assert.Null(selected);
    }
}
