using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsTreaty.Domain.Access;
using NewsTreaty.TestSupport;
using NewsTreaty.Web.Editor;
using Xunit.Abstractions;

namespace NewsTreaty.Web.Tests;

/// <summary>
/// The host restarts under an editor who is typing, in real Chromium: the page says it is reconnecting, and once a new
/// host answers on the same port, over the same database file and its Data Protection keys (kept in that database, so
/// the sign-in cookie still reads), the page reloads and every typed, unsaved value is back in its field.
/// </summary>
[Trait("Category", "Browser")]
public sealed class DeskRestartTests(ITestOutputHelper output) : IDisposable
{
    private const string Path = "/editor/claims/china-avoids-trilateral-axis/edit";
    private readonly TestDatabase _database = TestDatabase.NewSqlite();

    private NewsTreatyFactory Start(int port)
    {
        var host = new NewsTreatyFactory(_database, new Dictionary<string, string?> { ["ChangeWatch:Enabled"] = "false" });
        host.UseKestrel(port);
        host.StartServer();
        return host;
    }

    [SkippableFact]
    public async Task AnEditorTypingWhileTheHostRestartsIsToldItIsReconnectingAndLosesNothingTyped()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var host = Start(0);
        Uri address;
        using (var client = host.CreateClient())
        {
            address = client.BaseAddress!;
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<EditorAccountStore>().CreateAsync("ana", "Ana", ApiRole.Editor, EditorFixture.Password, CancellationToken.None);
        }

        var page = await EditorFixture.SignedInPageAsync(browser, address, "ana", Path);
        await page.Locator("#status-note").WaitForAsync();
        const string note = "Typed just before the restart; never saved.";
        const string text = "China avoids a trilateral axis (typed, unsaved).";
        await page.FillAsync("#text", text);
        await page.Locator("#status-note").FocusAsync();
        await page.Keyboard.TypeAsync(note);

        var reloaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        page.FrameNavigated += (_, frame) =>
        {
            if (frame == page.MainFrame)
            {
                reloaded.TrySetResult();
            }
        };

        // Stopped at once: the last keystrokes may not have reached the circuit, let alone its next draft.
        // The notice is awaited while the host stops: a graceful stop may wait for its shutdown timeout (30 s) after the
        // circuit's socket has closed, and the notice is due as soon as the socket closes.
        var stopping = Stopwatch.GetTimestamp();
        var stop = host.DisposeAsync().AsTask();
        var shown = new LocatorAssertionsToBeVisibleOptions { Timeout = 60_000 };
        await Assertions.Expect(page.Locator("#components-reconnect-modal")).ToBeVisibleAsync(shown);
        await Assertions.Expect(page.Locator("#desk-reconnect-status")).ToContainTextAsync("Reconnecting to the server");
        var noticed = Stopwatch.GetTimestamp();
        await stop;
        var stopped = Stopwatch.GetTimestamp();

        var restarting = Stopwatch.GetTimestamp();
        host = Start(address.Port);
        var listening = Stopwatch.GetTimestamp();
        try
        {
            // The new host does not know the old circuit: the page reloads, and the form restores what was typed.
            await reloaded.Task.WaitAsync(TimeSpan.FromSeconds(60));
            var reloading = Stopwatch.GetTimestamp();
            var usable = new LocatorAssertionsToHaveValueOptions { Timeout = 30_000 };
            await Assertions.Expect(page.Locator("#status-note")).ToHaveValueAsync(note, usable);
            await Assertions.Expect(page.Locator("#text")).ToHaveValueAsync(text, usable);
            var restored = Stopwatch.GetTimestamp();
            await Assertions.Expect(page.Locator("#components-reconnect-modal")).Not.ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".draft-restored")).ToBeVisibleAsync();

            // Usable: the restored values are the circuit's form, so saving saves them.
            await page.ClickAsync("#save");
            await Assertions.Expect(page.Locator(".record-revision")).ToHaveTextAsync("Revision 2");
            Assert.Equal(note, await host.WithDbAsync(db => Task.FromResult(db.Claims.Single(c => c.Slug == "china-avoids-trilateral-axis").StatusNote)));

            output.WriteLine($"reconnecting notice shown {Stopwatch.GetElapsedTime(stopping, noticed).TotalMilliseconds:F0} ms after the stop began; "
                + $"host stopped in {Stopwatch.GetElapsedTime(stopping, stopped).TotalMilliseconds:F0} ms; "
                + $"new host listening {Stopwatch.GetElapsedTime(restarting, listening).TotalMilliseconds:F0} ms after its start; "
                + $"page reloaded {Stopwatch.GetElapsedTime(listening, reloading).TotalMilliseconds:F0} ms after it listened; "
                + $"typed values back in their fields {Stopwatch.GetElapsedTime(listening, restored).TotalMilliseconds:F0} ms after it listened "
                + $"({Stopwatch.GetElapsedTime(restarting, restored).TotalMilliseconds:F0} ms after the host start)");
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    public void Dispose() => _database.Dispose();
}
