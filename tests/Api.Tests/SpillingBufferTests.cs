using NewsTreaty.Api.Infrastructure;

namespace NewsTreaty.Api.Tests;

/// <summary>The response buffer behind ETags holds at most its limit, then streams: a huge CSV or export never sits in memory whole.</summary>
public sealed class SpillingBufferTests
{
    [Fact]
    public async Task ASmallResponseIsHeldWhole()
    {
        using var body = new MemoryStream();
        await using var buffer = new SpillingBuffer(body);

        await buffer.WriteAsync(new byte[1000]);

        Assert.False(buffer.Spilled);
        Assert.Equal(1000, buffer.Held.Length);
        Assert.Equal(0, body.Length);
    }

    [Fact]
    public async Task PastTheLimitEverythingGoesThroughInOrderAndTheBufferStaysSmall()
    {
        using var body = new MemoryStream();
        await using var buffer = new SpillingBuffer(body);
        var chunk = new byte[64 * 1024];
        long written = 0;
        for (var i = 0; written <= SpillingBuffer.Limit + chunk.Length; i++)
        {
            Array.Fill(chunk, (byte)i);
            await buffer.WriteAsync(chunk);
            written += chunk.Length;
        }

        Assert.True(buffer.Spilled);
        Assert.Equal(0, buffer.Held.Length);
        Assert.Equal(written, body.Length);
        var bytes = body.ToArray();
        Assert.All(Enumerable.Range(0, (int)(written / chunk.Length)), i => Assert.Equal((byte)i, bytes[i * chunk.Length]));
    }
}
