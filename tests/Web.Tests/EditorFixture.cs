using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using NewsTreaty.Domain.Access;
using NewsTreaty.Domain.Data;
using NewsTreaty.TestSupport;
using NewsTreaty.Web.Editor;

namespace NewsTreaty.Web.Tests;

/// <summary>
/// A host of its own (editors change records) on a real port, with an editor and a reader account: over SQLite, or
/// over PostgreSQL (<see cref="PostgresEditorFixture"/>; its tests skip, saying why, when Debian's server is missing).
/// </summary>
public class EditorFixture : IAsyncLifetime
{
    public const string Password = "a long test password";
    private readonly DatabaseProvider _provider;
    private TestDatabase? _database;
    private NewsTreatyFactory? _factory;
    private Uri? _baseAddress;
    private string? _skipReason;

    public EditorFixture()
        : this(DatabaseProvider.Sqlite)
    {
    }

    protected EditorFixture(DatabaseProvider provider) => _provider = provider;

    public NewsTreatyFactory Factory
    {
        get
        {
            Skip.If(_skipReason is not null, _skipReason);
            return _factory!;
        }
    }

    public Uri BaseAddress
    {
        get
        {
            Skip.If(_skipReason is not null, _skipReason);
            return _baseAddress!;
        }
    }

    public async Task InitializeAsync()
    {
        try
        {
            _database = await TestDatabase.CreateAsync(_provider);
        }
        catch (SkipException ex)
        {
            _skipReason = ex.Message;
            return;
        }

        // One host that owns its database: EditorCacheTests asserts a cache hit, which a watch's lease lapsing on a
        // loaded machine would turn into a bypass. MultiHost/ tests the watch.
        _factory = new NewsTreatyFactory(_database, new Dictionary<string, string?> { ["ChangeWatch:Enabled"] = "false" });
        _factory.UseKestrel(0);
        _factory.StartServer();
        using var client = _factory.CreateClient();
        _baseAddress = client.BaseAddress!;
        await CreateAccountAsync("ana", ApiRole.Editor);
        await CreateAccountAsync("bo", ApiRole.Editor);
        await CreateAccountAsync("rita", ApiRole.Reader);
    }

    public async Task CreateAccountAsync(string username, ApiRole role)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<EditorAccountStore>().CreateAsync(username, username.ToUpperInvariant(), role, Password, CancellationToken.None);
    }

    /// <summary>The stored revision of a record, to show a refused save changed nothing.</summary>
    public Task<int> RevisionAsync<T>(string slug) where T : Domain.Common.Entity =>
        Factory.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Set<T>().Where(e => e.Slug == slug).Select(e => e.Revision)));

    /// <summary>
    /// A browser page of its own (its own cookies) signed in as <paramref name="username"/>: it opens a desk page, is sent
    /// to the sign-in form, submits it and waits to be back. The form's button is found by its name: every page's header
    /// also has a submit button (the site search).
    /// </summary>
    public Task<IPage> SignedInPageAsync(IBrowser browser, string username, string returnTo) =>
        SignedInPageAsync(browser, BaseAddress, username, returnTo);

    /// <summary>The same, on the host at <paramref name="baseAddress"/> (a test's own host).</summary>
    public static async Task<IPage> SignedInPageAsync(IBrowser browser, Uri baseAddress, string username, string returnTo)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        var url = new Uri(baseAddress, returnTo).ToString();
        await page.GotoAsync(url);
        await page.FillAsync("#username", username);
        await page.FillAsync("#password", Password);
        await page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForParsedAsync(url);
        return page;
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects so tests can see them.</summary>
    public HttpClient NewClient(CookieContainer? cookies = null) =>
        new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = BaseAddress };

    public static async Task<(HttpResponseMessage Response, IDocument Document)> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        var document = await BrowsingContext.New(Configuration.Default).OpenAsync(r => r.Content(html));
        return (response, document);
    }

    public static async Task<(HttpResponseMessage Response, IDocument Document)> GetAsync(HttpClient client, string path) =>
        await ParseAsync(await client.GetAsync(new Uri(path, UriKind.Relative)));

    /// <summary>Posts the form as a browser would: every named field as rendered, with <paramref name="changes"/> applied.</summary>
    public static async Task<(HttpResponseMessage Response, IDocument Document)> SubmitAsync(HttpClient client, IDocument page, string formName,
        string action, params (string Name, string Value)[] changes)
    {
        var form = page.QuerySelectorAll<IHtmlFormElement>("form")
            .Single(f => f.QuerySelector($"input[name=_handler][value='{formName}']") is not null);
        var fields = Fields(form);
        foreach (var (name, value) in changes)
        {
            fields[name] = value;
        }

        using var body = new FormUrlEncodedContent(fields);
        return await ParseAsync(await client.PostAsync(new Uri(action, UriKind.Relative), body));
    }

    public async Task<HttpResponseMessage> SignInAsync(HttpClient client, string username, string password, string? returnUrl = null)
    {
        var path = "/editor/sign-in" + (returnUrl is null ? "" : "?ReturnUrl=" + Uri.EscapeDataString(returnUrl));
        var (_, page) = await GetAsync(client, path);
        var (response, _) = await SubmitAsync(client, page, "sign-in", path, ("Input.Username", username), ("Input.Password", password));
        return response;
    }

    public async Task<HttpClient> SignedInAsync(string username)
    {
        var client = NewClient();
        var response = await SignInAsync(client, username, Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static Dictionary<string, string> Fields(IHtmlFormElement form)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Name: { Length: > 0 } name } input when input.Type is not ("checkbox" or "radio") || input.IsChecked:
                    fields[name] = input.Value;
                    break;
                case IHtmlTextAreaElement { Name: { Length: > 0 } name } area:
                    fields[name] = area.Value;
                    break;
                case IHtmlSelectElement { Name: { Length: > 0 } name } select:
                    fields[name] = select.Value ?? "";
                    break;
                default:
                    break;
            }
        }

        return fields;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        _database?.Dispose();
    }
}

/// <summary>The editor host over a new PostgreSQL database on the test run's own server; one per test class.</summary>
public sealed class PostgresEditorFixture() : EditorFixture(DatabaseProvider.PostgreSql);

[CollectionDefinition(Name)]
public sealed class EditorCollection : ICollectionFixture<EditorFixture>
{
    public const string Name = "editor";
}
