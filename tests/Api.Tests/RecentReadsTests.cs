using NewsTreaty.Api.Infrastructure;

namespace NewsTreaty.Api.Tests;

/// <summary>The read cache's memory of recent reads: a read counts as asked before until two full sets of other reads have passed.</summary>
public sealed class RecentReadsTests
{
    [Fact]
    public void AReadIsNewOnceThenAskedBefore()
    {
        var recent = new RecentReads();

        Assert.Equal([false, true, true, false], new[] { recent.AskedBefore(7), recent.AskedBefore(7), recent.AskedBefore(7), recent.AskedBefore(8) });
    }

    [Fact]
    public void AReadIsRememberedAcrossOneTurnOfTheSetsAndForgottenAfterTwo()
    {
        var recent = new RecentReads();
        Assert.False(recent.AskedBefore(-1));
        for (var i = 0; i < RecentReads.Capacity - 1; i++)
        {
            Assert.False(recent.AskedBefore(i)); // fills the newer set, which then becomes the older one
        }

        Assert.True(recent.AskedBefore(-1)); // in the older set: still remembered, and now in the newer one again
        for (var i = RecentReads.Capacity; i < 3 * RecentReads.Capacity; i++)
        {
            recent.AskedBefore(i);
        }

        Assert.False(recent.AskedBefore(-1)); // two turns without an ask: forgotten
        Assert.True(recent.AskedBefore(3 * RecentReads.Capacity - 1)); // the latest reads are remembered
    }
}
