using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;

namespace NewsTreaty.Web.Tests.WordPress;

/// <summary>
/// A WordPress post page on a second origin holding an embed's stored html, with a resizer script (WordPress's own
/// wp-embed.js when given, else <see cref="Receiver"/>), and the checks that the embed came alive inside the sandbox.
/// </summary>
internal static class WordPressHost
{
    /// <summary>
    /// wp-embed.js's receiving side (WordPress 6.1) in our words: a message with a secret hides the blockquotes and
    /// shows the iframes holding that secret; "height" sets the iframe's height clamped to 200–1000 px; "link" navigates
    /// the top page to a URL on the iframe's host when the iframe has focus. Like wp-embed.js it greets each embed iframe
    /// with {message: "ready", secret} once the post's DOM is parsed, so a height the widget sent before this listener
    /// existed (the iframe can run first when a loaded machine makes the parser yield) is sent again.
    /// </summary>
    public const string Receiver = """
        addEventListener("message", (e) => {
          const data = e.data;
          if (!data || !(data.secret || data.message || data.value) || /[^a-zA-Z0-9]/.test(data.secret)) return;
          for (const b of document.querySelectorAll('blockquote[data-secret="' + data.secret + '"]')) b.style.display = "none";
          for (const frame of document.querySelectorAll('iframe[data-secret="' + data.secret + '"]')) {
            if (e.source !== frame.contentWindow) continue;
            frame.removeAttribute("style");
            if (data.message === "height") {
              let h = parseInt(data.value, 10);
              h = h > 1000 ? 1000 : (~~h < 200 ? 200 : h);
              frame.height = h;
            }
            if (data.message === "link") {
              const source = new URL(frame.getAttribute("src"), location.href), target = new URL(data.value, location.href);
              if (/^https?:$/i.test(target.protocol) && target.host === source.host && document.activeElement === frame) top.location.href = data.value;
            }
          }
        });
        let greeted = false;
        const greet = () => {
          if (greeted) return;
          greeted = true;
          for (const frame of document.querySelectorAll("iframe.wp-embedded-content[data-secret]"))
            frame.contentWindow.postMessage({ message: "ready", secret: frame.getAttribute("data-secret") }, "*");
        };
        document.addEventListener("DOMContentLoaded", greet);
        addEventListener("load", greet);
        """;

    public static void MapPost(WebApplication app, Func<string> embedHtml, string resizer) =>
        app.MapGet("/post", () => Results.Content(
            $"""
             <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>A newsroom post</title><link rel="icon" href="data:,"></head>
             <body><article style="width:600px;margin:0 auto"><h1>A newsroom post</h1><p>Before the embed.</p>
             {embedHtml()}
             <p>After the embed.</p></article><script>{resizer}</script></body></html>
             """, "text/html"));

    /// <summary>
    /// Opens the post and waits for the embed to be shown and resized; returns the iframe. Fails on any console error
    /// in the page or the widget (a CSP refusal inside the sandbox shows there).
    /// </summary>
    public static async Task<ILocator> OpenAsync(IPage page, string postUrl, List<string> errors)
    {
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                errors.Add($"{m.Text} ({m.Location})");
            }
        };
        // What each frame received and what the page loaded, for the message should the embed never be shown.
        var loads = new ConcurrentQueue<string>();
        page.Response += (_, r) => loads.Enqueue($"{r.Status} {r.Url}");
        page.RequestFailed += (_, r) => loads.Enqueue($"failed {r.Url}: {r.Failure}");
        await page.AddInitScriptAsync("""
            window.__ntSeen = [];
            addEventListener("message", (e) => window.__ntSeen.push(performance.now().toFixed(0) + " " + JSON.stringify(e.data)), true);
            document.addEventListener("DOMContentLoaded", () => window.__ntSeen.push(performance.now().toFixed(0) + " DOMContentLoaded"));
            addEventListener("load", () => window.__ntSeen.push(performance.now().toFixed(0) + " load"));
            """);
        await page.GotoAsync(postUrl);
        var frame = page.Locator("iframe.wp-embedded-content");
        try
        {
            await page.WaitForFunctionAsync("() => { const f = document.querySelector('iframe.wp-embedded-content'); return f && !f.hasAttribute('style'); }",
                null, new PageWaitForFunctionOptions { Timeout = 15000 });
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException("The embed was never shown: no height message reached the post.\n" + await DescribeAsync(page, loads, errors), e);
        }
        var inner = page.FrameLocator("iframe.wp-embedded-content");
        await inner.Locator("main h1, main h2").First.WaitForAsync();
        Assert.Equal("none", await page.Locator("blockquote.wp-embedded-content").EvaluateAsync<string>("b => b.style.display"));
        // The widget's stylesheet from 'self' applied inside the opaque-origin sandbox.
        Assert.Equal("#b3261e", await inner.Locator("html").EvaluateAsync<string>("h => getComputedStyle(h).getPropertyValue('--nt-accent').trim()"));
        var handle = await frame.ElementHandleAsync();
        var content = (await handle.ContentFrameAsync())!;
        Assert.Equal("null", await content.EvaluateAsync<string>("() => origin"));
        var wanted = Math.Clamp(await content.EvaluateAsync<int>("() => Math.ceil(document.documentElement.getBoundingClientRect().height)"), 200, 1000);
        await page.WaitForFunctionAsync("([f, h]) => Math.abs(f.getBoundingClientRect().height - h) <= 1", new object[] { handle, wanted },
            new PageWaitForFunctionOptions { Timeout = 10000 });
        return frame;
    }

    private static async Task<string> DescribeAsync(IPage page, IEnumerable<string> loads, List<string> errors)
    {
        var lines = new List<string>();
        foreach (var f in page.Frames)
        {
            string seen;
            try
            {
                seen = await f.EvaluateAsync<string>("() => `${document.readyState} ${document.documentElement.outerHTML.length} chars; ` + (window.__ntSeen || []).join(' | ')");
            }
            catch (PlaywrightException e)
            {
                seen = "cannot evaluate: " + e.Message;
            }
            lines.Add($"frame {f.Url}: {seen}");
        }
        lines.Add("iframe: " + await page.EvaluateAsync<string>("() => { const f = document.querySelector('iframe.wp-embedded-content'); return f ? f.outerHTML : 'none'; }"));
        lines.AddRange(loads.Select(l => "loaded " + l));
        lines.AddRange(errors.Select(e => "console error " + e));
        return string.Join("\n", lines);
    }
}
