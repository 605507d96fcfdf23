using NewsTreaty.Api.Infrastructure.Auth;

namespace NewsTreaty.Web.Tests.Hardening;

public sealed class FailureThrottleTests
{
    [Fact]
    public void FreeFailuresCostNothingThenEachDoublesTheWaitUpToTheCap()
    {
        var clock = new ManualClock();
        var throttle = new FailureThrottle(3, TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(15), clock);

        var waits = new List<double>();
        for (var i = 0; i < 8; i++)
        {
            throttle.Fail("k");
            waits.Add(throttle.Wait("k").TotalSeconds);
        }

        Assert.Equal([0, 0, 1, 2, 4, 8, 10, 10], waits);
        clock.Advance(TimeSpan.FromSeconds(10));
        Assert.Equal(TimeSpan.Zero, throttle.Wait("k"));
    }

    [Fact]
    public void FailuresAreForgottenAfterAQuietSpellAndClearedBySuccess()
    {
        var clock = new ManualClock();
        var throttle = new FailureThrottle(1, TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(15), clock);
        throttle.Fail("a");
        throttle.Fail("b");
        Assert.True(throttle.Wait("a") > TimeSpan.Zero);

        throttle.Succeed("a");
        clock.Advance(TimeSpan.FromMinutes(16));

        Assert.Equal(TimeSpan.Zero, throttle.Wait("a"));
        Assert.Equal(TimeSpan.Zero, throttle.Wait("b"));
        Assert.Equal(1, throttle.Fail("b"));
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
