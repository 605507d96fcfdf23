using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Web.Tests.WordPress;

/// <summary>
/// WordPress itself (Debian's 'wordpress' 6.1 under php-cli, on a private MariaDB) given a post whose content is a
/// pasted NewsTreaty URL: it must discover our oEmbed endpoint, keep the blockquote and the sandboxed iframe, load its
/// resizer, and, in Chromium with WordPress's own wp-embed.js, show and size the widget. Skipped where WordPress,
/// php-cli or MariaDB is missing unless NEWSTREATY_REQUIRE_WORDPRESS=1 (as in CI).
/// </summary>
[Collection(SiteCollection.Name)]
[Trait("Category", "Browser")]
public sealed class RealWordPressTests(SiteFixture site) : IAsyncLifetime
{
    private const string WordPressRoot = "/usr/share/wordpress";
    private MariaDb? _database;
    private SecondOrigin? _post;
    private string _html = "";

    public async Task InitializeAsync()
    {
        if (MissingReason() is not null)
        {
            return;
        }

        _database = await MariaDb.StartAsync();
        var installed = JsonDocument.Parse(await PhpAsync("install")).RootElement;
        Assert.True(installed.GetProperty("installed").GetBoolean());
        var resizer = await File.ReadAllTextAsync(Path.Combine(WordPressRoot, "wp-includes", "js", "wp-embed.js"));
        _post = await SecondOrigin.StartAsync(app => WordPressHost.MapPost(app, () => _html, resizer));
    }

    public async Task DisposeAsync()
    {
        if (_post is not null)
        {
            await _post.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    [SkippableTheory]
    [InlineData("/")]
    [InlineData("/claims/putin-first-visit-since-2000")]
    [InlineData("/events/putin-visit-pyongyang-2000")]
    [InlineData("/actors/kim-jong-un")]
    public async Task WordPressEmbedsAPastedUrlAndItsResizerShowsAndSizesTheWidget(string path)
    {
        SkipUnlessInstalled();
        var url = new Uri(site.BaseAddress, path).ToString();

        var post = JsonDocument.Parse(await PhpAsync($"embed {site.BaseAddress.Port} {url}")).RootElement;

        var origin = site.BaseAddress.GetLeftPart(UriPartial.Authority);
        Assert.Equal($"{origin}/oembed?url={Uri.EscapeDataString(url)}&format=json", post.GetProperty("discovered").GetString());
        _html = post.GetProperty("content").GetString()!;
        Assert.Contains("<blockquote class=\"wp-embedded-content\" data-secret=", _html, StringComparison.Ordinal);
        Assert.Contains("sandbox=\"allow-scripts\"", _html, StringComparison.Ordinal);
        Assert.True(post.GetProperty("resizer").GetBoolean(), "WordPress did not enqueue wp-embed.js for: " + _html);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Chromium.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1000, Height = 900 } });
        var errors = new List<string>();
        await WordPressHost.OpenAsync(page, _post!.Address + "/post", errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    private static string? MissingReason() =>
        !File.Exists(Path.Combine(WordPressRoot, "wp-settings.php")) ? "no WordPress at " + WordPressRoot
        : !File.Exists("/usr/bin/php") ? "no php-cli"
        : !MariaDb.IsInstalled ? "no MariaDB server"
        : null;

    private static void SkipUnlessInstalled()
    {
        if (MissingReason() is { } reason)
        {
            if (Environment.GetEnvironmentVariable("NEWSTREATY_REQUIRE_WORDPRESS") == "1")
            {
                throw new InvalidOperationException($"WordPress tests are required (NEWSTREATY_REQUIRE_WORDPRESS=1) but there is {reason}.");
            }

            throw new SkipException($"WordPress tests skipped: {reason}. Install Debian's wordpress, php-cli, php-mysql and mariadb-server to run them.");
        }
    }

    private async Task<string> PhpAsync(string arguments)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "WordPress", "embed.php");
        var info = new ProcessStartInfo("/usr/bin/php", $"{script} {_database!.Socket} {arguments}") { RedirectStandardOutput = true, RedirectStandardError = true };
        using var php = Process.Start(info)!;
        var output = php.StandardOutput.ReadToEndAsync();
        var error = php.StandardError.ReadToEndAsync();
        await php.WaitForExitAsync();
        Assert.True(php.ExitCode == 0, $"php {arguments} exited with {php.ExitCode}: {await error}{await output}");
        return await output;
    }
}
