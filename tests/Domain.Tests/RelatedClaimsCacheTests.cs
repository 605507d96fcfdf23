using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Domain.Tests;

/// <summary>
/// <see cref="RelatedClaimsCache"/> serves what it kept only in the data generation it was read in, only while the
/// change watch is trusted; it keeps no short range, and nothing more once it holds its bound.
/// </summary>
public sealed class RelatedClaimsCacheTests
{
    private static readonly ClaimRef Newcomer = new(7, "newcomer", "A claim.", ClaimKind.FactualAssertion, ReviewStatus.Confirmed);

    [Fact]
    public void WhatOneGenerationKeptIsServedUntilTheDataChanges()
    {
        var changes = new DataChanges(TimeProvider.System);
        var cache = new RelatedClaimsCache(changes);
        var kept = cache.Now()!;
        kept.KeepNewest(isEvent: true, 42, Range(3));
        kept.KeepRef(Newcomer);

        var again = cache.Now()!;
        Assert.Equal(Range(3), again.Newest(isEvent: true, 42)!);
        Assert.Null(again.Newest(isEvent: false, 42)); // an actor with the event's id is another source
        Assert.Same(Newcomer, again.Ref(7));

        changes.Notify();
        var after = cache.Now()!;
        Assert.Null(after.Newest(isEvent: true, 42));
        Assert.Null(after.Ref(7));

        // A read that began before the change and keeps its result afterwards keeps it where nothing reads it.
        kept.KeepNewest(isEvent: true, 43, Range(9));
        Assert.Null(cache.Now()!.Newest(isEvent: true, 43));
    }

    [Fact]
    public void NothingIsServedOrKeptWhileTheWatchIsNotTrusted()
    {
        var changes = new DataChanges(TimeProvider.System);
        var cache = new RelatedClaimsCache(changes);
        cache.Now()!.KeepNewest(isEvent: false, 5, Range(1));

        changes.Distrust();
        Assert.Null(cache.Now());

        changes.Confirm(TimeProvider.System.GetTimestamp(), TimeSpan.FromMinutes(1));
        Assert.Equal(Range(1), cache.Now()!.Newest(isEvent: false, 5)!); // no write was missed: the generation stands
    }

    [Fact]
    public void AShortRangeIsNotKeptAndNothingMoreOnceTheBoundIsHeld()
    {
        var cache = new RelatedClaimsCache(new DataChanges(TimeProvider.System));
        var kept = cache.Now()!;
        kept.KeepNewest(isEvent: false, 1, new int[RelatedClaimsCache.MinKept - 1]);
        Assert.Null(kept.Newest(isEvent: false, 1));

        var range = new int[401];
        var sources = 0;
        while (sources < 10_000)
        {
            kept.KeepNewest(isEvent: false, 1000 + sources++, range);
        }

        var held = Enumerable.Range(1000, sources).Count(s => kept.Newest(isEvent: false, s) is not null);
        Assert.Equal((RelatedClaimsCache.MaxIds + range.Length + 7) / (range.Length + 8), held); // then the rest went unkept
        Assert.NotNull(cache.Now()!.Newest(isEvent: false, 1000)); // and what it held is still served

        for (var id = 0; id < RelatedClaimsCache.MaxRefs + 10; id++)
        {
            kept.KeepRef(Newcomer with { Id = id });
        }

        Assert.NotNull(kept.Ref(RelatedClaimsCache.MaxRefs - 1));
        Assert.Null(kept.Ref(RelatedClaimsCache.MaxRefs));
    }

    /// <summary>A range of claims long enough to be kept, starting at <paramref name="first"/>.</summary>
    private static int[] Range(int first) => [.. Enumerable.Range(first, RelatedClaimsCache.MinKept)];
}
