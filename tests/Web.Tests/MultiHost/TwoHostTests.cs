using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Domain.Access;
using NewsTreaty.Domain.Data;
using NewsTreaty.TestSupport;
using NewsTreaty.Web.Editor;
using Xunit.Abstractions;
using static NewsTreaty.Web.Tests.EditorFixture;

namespace NewsTreaty.Web.Tests.MultiHost;

/// <summary>
/// Two real hosts, each on its own Kestrel port, over one real PostgreSQL database, as behind a load balancer: a write
/// on one is served by the other within a second and never stale after it, an editor's session and forms work on
/// both, and a lost change watch is replaced without serving what it missed.
/// </summary>
[Trait("Database", "PostgreSQL")]
public sealed class TwoHostTests(ITestOutputHelper output)
{
    private const string AdminKey = "two-host-test-admin-key-0123456789";
    private const string Slug = "kim-two-trips-to-far-east";

    [SkippableFact]
    public async Task AWriteOnOneHostIsServedByTheOtherWithinASecondAndNeverStaleAfterIt()
    {
        await using var hosts = await Pair.StartAsync();
        using var readerB = hosts.ClientOfB();
        await Freshness.ReadUntilCachedAsync(readerB, Slug, (await Freshness.ReadAsync(readerB, Slug, Stopwatch.GetTimestamp())).StatusNote, TimeSpan.FromSeconds(10));

        var heard = Freshness.NextNoticeAsync(hosts.B, ChangeSource.Database);
        using var writerA = hosts.ClientOfA();
        var sent = Stopwatch.GetTimestamp();
        await Freshness.SetNoteAsync(writerA, AdminKey, Slug, "Written on host A.");
        var answered = Stopwatch.GetTimestamp();
        var reads = await Freshness.ReadAcrossThePromiseAsync(readerB, Slug, "Written on host A.", answered);

        var noticed = await heard.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.True(reads.Count(r => r.StatusNote == "Written on host A.") > 1);
        await Freshness.ReadUntilCachedAsync(readerB, Slug, "Written on host A.", TimeSpan.FromSeconds(10));
        var heardDirect = Freshness.NextNoticeAsync(hosts.B, ChangeSource.Database);
        Assert.Equal(1, await hosts.ExecuteAsync($"UPDATE claims SET \"StatusNote\" = 'Written by psql.' WHERE \"Slug\" = '{Slug}'"));
        var committed = Stopwatch.GetTimestamp();
        output.WriteLine($"B heard of a commit by another connection {Stopwatch.GetElapsedTime(committed, await heardDirect.WaitAsync(TimeSpan.FromSeconds(10))).TotalMilliseconds:F1} ms after the commit returned (negative: before it returned)");
        output.WriteLine($"B heard of A's write {Stopwatch.GetElapsedTime(sent, noticed).TotalMilliseconds:F1} ms after the PUT was sent "
            + $"(A answered after {Stopwatch.GetElapsedTime(sent, answered).TotalMilliseconds:F1} ms); first fresh read on B sent "
            + $"{reads.First(r => r.StatusNote == "Written on host A.").SentAfterWrite.TotalMilliseconds:F1} ms after A answered; {reads.Count} reads");
    }

    [SkippableFact]
    public async Task AnEditorSignedInOnOneHostIsSignedInOnTheOtherAndItsFormsPostToEither()
    {
        await using var hosts = await Pair.StartAsync();
        await using (var scope = hosts.A.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<EditorAccountStore>().CreateAsync("ana", "Ana", ApiRole.Editor, Password, CancellationToken.None);
        }

        var cookies = new CookieContainer(); // cookies ignore ports: one browser, two hosts behind one name
        using var onA = hosts.ClientOfA(cookies);
        using var onB = hosts.ClientOfB(cookies);
        var (_, signInFromA) = await GetAsync(onA, "/editor/sign-in");
        var (signedInOnB, _) = await SubmitAsync(onB, signInFromA, "sign-in", "/editor/sign-in", ("Input.Username", "ana"), ("Input.Password", Password));
        Assert.Equal(HttpStatusCode.Redirect, signedInOnB.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onA.GetAsync(new Uri("/editor", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync(new Uri("/editor", UriKind.Relative))).StatusCode);

        // The control: a host with keys of its own (on its disk) reads neither the cookie nor the form.
        var keys = Directory.CreateTempSubdirectory("newstreaty-keys-");
        await using (var loner = Pair.Start(hosts.Database, new() { ["DataProtection:KeysFolder"] = keys.FullName }))
        {
            using var onLoner = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = Pair.AddressOf(loner) };
            var refused = await onLoner.GetAsync(new Uri("/editor", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
            Assert.Equal("/editor/sign-in", refused.Headers.Location?.AbsolutePath);
            var strangers = new CookieContainer();
            using var strangerOnA = hosts.ClientOfA(strangers);
            using var strangerOnLoner = new HttpClient(new HttpClientHandler { CookieContainer = strangers, AllowAutoRedirect = false }) { BaseAddress = Pair.AddressOf(loner) };
            var (_, form) = await GetAsync(strangerOnA, "/editor/sign-in");
            var (forged, _) = await SubmitAsync(strangerOnLoner, form, "sign-in", "/editor/sign-in", ("Input.Username", "ana"), ("Input.Password", Password));
            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        }

        keys.Delete(recursive: true);
        var (_, signOutOnA) = await GetAsync(onA, "/editor/sign-out");
        var (signedOutOnB, _) = await SubmitAsync(onB, signOutOnA, "sign-out", "/editor/sign-out");
        Assert.Equal(HttpStatusCode.Redirect, signedOutOnB.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await onA.GetAsync(new Uri("/editor", UriKind.Relative))).StatusCode);
    }

    [SkippableFact]
    public async Task AWatchWhoseConnectionIsCutReconnectsAndDoesNotServeWhatItMissedMeanwhile()
    {
        // A slow retry (2 s) leaves time to write while the watch is gone, so its notice is lost for sure.
        await using var hosts = await Pair.StartAsync(new() { ["ChangeWatch:IntervalMilliseconds"] = "2000" });
        using var reader = hosts.ClientOfB();
        var before = (await Freshness.ReadAsync(reader, Slug, Stopwatch.GetTimestamp())).StatusNote;
        await Freshness.ReadUntilCachedAsync(reader, Slug, before, TimeSpan.FromSeconds(10));
        var resync = Freshness.NextNoticeAsync(hosts.B, ChangeSource.Resync);

        Assert.Equal(2, await hosts.ExecuteAsync("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'newstreaty change watch'"));
        await WaitForAsync(() => hosts.B.Logs.Lines.Any(l => l.Contains("Lost the watch on the database", StringComparison.Ordinal)));
        Assert.Null((await Freshness.ReadAsync(reader, Slug, Stopwatch.GetTimestamp())).Cache); // bypassed while blind
        Assert.Equal(1, await hosts.ExecuteAsync($"UPDATE claims SET \"StatusNote\" = 'Written while the watch was away.' WHERE \"Slug\" = '{Slug}'"));
        var written = Stopwatch.GetTimestamp();

        Assert.True(await resync.WaitAsync(TimeSpan.FromSeconds(30)) > written, "the watch came back before the write: nothing was missed");
        var read = await Freshness.ReadAsync(reader, Slug, written);
        Assert.Equal("Written while the watch was away.", read.StatusNote);
        await Freshness.ReadUntilCachedAsync(reader, Slug, "Written while the watch was away.", TimeSpan.FromSeconds(10));
    }

    [SkippableFact]
    public async Task EveryTableOfPublishedDataNotifiesTheOtherHostsOfItsWrites()
    {
        await using var hosts = await Pair.StartAsync();
        // claim_upkeep_pending (step 0016) holds only a writing transaction's own notes, never read by a host.
        var unwatched = await hosts.ExecuteAsync("""
            SELECT count(*) FROM pg_tables t WHERE t.schemaname = current_schema()
              AND t.tablename NOT IN ('schema_versions', 'api_keys', 'editor_accounts', 'data_protection_keys', 'claim_upkeep_pending')
              AND t.tablename NOT LIKE '%\_fts'
              AND NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = (quote_ident(t.tablename))::regclass AND g.tgname = t.tablename || '_notify_change')
            """);
        Assert.True(unwatched == 0, "a schema step created a table of published data without the change trigger of step 0012");
        Assert.True(await hosts.ExecuteAsync("SELECT count(*) FROM pg_trigger WHERE tgname LIKE '%\\_notify\\_change'") >= 15);
    }

    private static async Task WaitForAsync(Func<bool> condition)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!condition())
        {
            await Task.Delay(TimeSpan.FromMilliseconds(20), deadline.Token);
        }
    }

    /// <summary>Hosts A and B over one new database; A migrates and seeds it first.</summary>
    private sealed class Pair(TestDatabase database, NewsTreatyFactory a, NewsTreatyFactory b) : IAsyncDisposable
    {
        public TestDatabase Database => database;

        public NewsTreatyFactory A => a;

        public NewsTreatyFactory B => b;

        public static async Task<Pair> StartAsync(Dictionary<string, string?>? settings = null)
        {
            var database = await TestDatabase.NewPostgresAsync();
            var a = Start(database, settings);
            var b = Start(database, settings);
            return new Pair(database, a, b);
        }

        public static NewsTreatyFactory Start(TestDatabase database, Dictionary<string, string?>? settings)
        {
            var all = new Dictionary<string, string?>(settings ?? []) { ["Auth:BootstrapAdminKey"] = AdminKey };
            var host = new NewsTreatyFactory(database, all);
            host.UseKestrel(0);
            host.StartServer();
            return host;
        }

        public HttpClient ClientOfA(CookieContainer? cookies = null) => Client(a, cookies);

        public HttpClient ClientOfB(CookieContainer? cookies = null) => Client(b, cookies);

        /// <summary>Runs SQL on a connection of the test's own, as psql would: no host is told. Returns the rows written or the first value read.</summary>
        public async Task<long> ExecuteAsync(string sql)
        {
            await using var connection = new Npgsql.NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var command = new Npgsql.NpgsqlCommand(sql, connection);
            return sql.StartsWith("SELECT", StringComparison.Ordinal)
                ? Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture)
                : await command.ExecuteNonQueryAsync();
        }

        private static HttpClient Client(NewsTreatyFactory host, CookieContainer? cookies) =>
            new(new HttpClientHandler { CookieContainer = cookies ?? new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = AddressOf(host) };

        public static Uri AddressOf(NewsTreatyFactory host)
        {
            using var client = host.CreateClient();
            return client.BaseAddress!;
        }

        public async ValueTask DisposeAsync()
        {
            await a.DisposeAsync();
            await b.DisposeAsync();
            database.Dispose();
        }
    }
}
