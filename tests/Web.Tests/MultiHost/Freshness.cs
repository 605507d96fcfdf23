using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Domain.Data;
using NewsTreaty.TestSupport;

namespace NewsTreaty.Web.Tests.MultiHost;

/// <summary>One anonymous read of a claim: when it was sent (after the write), whether the cache answered, what it said.</summary>
internal sealed record ClaimRead(TimeSpan SentAfterWrite, string? Cache, string? StatusNote);

/// <summary>What the multi-host tests share: writing a claim's status note, reading it back, hearing a host's change notices.</summary>
internal static class Freshness
{
    /// <summary>How stale a record may be served after a write elsewhere (ChangeWatch:LeaseMilliseconds' default).</summary>
    public static readonly TimeSpan Promise = TimeSpan.FromSeconds(1);

    public static async Task<ClaimRead> ReadAsync(HttpClient client, string slug, long writtenAt)
    {
        var sent = Stopwatch.GetElapsedTime(writtenAt);
        var response = await client.GetAsync(new Uri("/api/v1/claims/" + slug, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var note = body.TryGetProperty("statusNote", out var value) ? value.GetString() : null;
        return new ClaimRead(sent, response.Headers.TryGetValues("X-Cache", out var cache) ? cache.Single() : null, note);
    }

    /// <summary>Reads until the cache serves <paramref name="note"/> as a hit (so it is used again, not just bypassed).</summary>
    public static async Task<ClaimRead> ReadUntilCachedAsync(HttpClient client, string slug, string? note, TimeSpan deadline)
    {
        var until = Stopwatch.GetTimestamp();
        while (true)
        {
            var read = await ReadAsync(client, slug, until);
            if (read is { Cache: "hit" } && read.StatusNote == note)
            {
                return read;
            }

            Assert.True(read.SentAfterWrite < deadline, $"no cached read of '{note}' within {deadline}: last {read}");
            await Task.Yield();
        }
    }

    /// <summary>
    /// Reads after a write until the new note shows and the promised second has passed, then checks the promise: every
    /// read sent a second or more after the write shows it, and once shown it never goes back to the old note.
    /// </summary>
    public static async Task<List<ClaimRead>> ReadAcrossThePromiseAsync(HttpClient client, string slug, string note, long writtenAt)
    {
        var reads = new List<ClaimRead>();
        do
        {
            reads.Add(await ReadAsync(client, slug, writtenAt));
            Assert.True(reads[^1].SentAfterWrite < TimeSpan.FromSeconds(30), "the write never showed: " + reads[^1]);
        }
        while (reads[^1].StatusNote != note || reads[^1].SentAfterWrite <= Promise + TimeSpan.FromMilliseconds(200));

        Assert.All(reads.Where(r => r.SentAfterWrite >= Promise), r => Assert.Equal(note, r.StatusNote));
        var first = reads.FindIndex(r => r.StatusNote == note);
        Assert.All(reads.Skip(first), r => Assert.Equal(note, r.StatusNote));
        return reads;
    }

    /// <summary>Sets a claim's status note through the API with a key, as an editor's tool would.</summary>
    public static async Task SetNoteAsync(HttpClient client, string key, string slug, string note)
    {
        using var read = new HttpRequestMessage(HttpMethod.Get, "/api/v1/claims/" + slug); // keyed: past the read cache
        read.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        var current = await client.SendAsync(read);
        using var update = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/claims/{slug}/status")
        {
            Content = JsonContent.Create(new { status = "disputed", note }),
        };
        update.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        update.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(current.Headers.ETag!.ToString()));
        var saved = await client.SendAsync(update);
        Assert.True(saved.IsSuccessStatusCode, $"PUT status: {(int)saved.StatusCode} {await saved.Content.ReadAsStringAsync()}");
    }

    /// <summary>Completes with the <see cref="Stopwatch"/> timestamp of the host's next change notice from <paramref name="source"/>.</summary>
    public static Task<long> NextNoticeAsync(NewsTreatyFactory host, ChangeSource source)
    {
        var changes = host.Services.GetRequiredService<DataChanges>();
        var heard = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnNotice(ChangeSource s)
        {
            if (s == source && heard.TrySetResult(Stopwatch.GetTimestamp()))
            {
                changes.Noticed -= OnNotice;
            }
        }

        changes.Noticed += OnNotice;
        return heard.Task;
    }
}
