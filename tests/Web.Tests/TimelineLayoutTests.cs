using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Domain.Timeline;
using NewsTreaty.Web.Components.Pages.Timeline.Layout;
using Xunit.Abstractions;

namespace NewsTreaty.Web.Tests;

/// <summary>The server's layout of the curated timeline, in every variant: what shows and that nothing collides.</summary>
[Collection(SiteCollection.Name)]
public sealed class TimelineLayoutTests(SiteFixture site, ITestOutputHelper output)
{
    public static readonly string[] Milestones =
    [
        "soviet-dprk-treaty-1961", "russia-ends-1961-treaty", "putin-visit-pyongyang-2000", "soviet-debt-write-off-2014",
        "comprehensive-strategic-partnership-treaty-signed",
    ];

    private async Task<AxisLayout> LayoutAsync()
    {
        using var scope = site.Factory.Services.CreateScope();
        var timeline = (await scope.ServiceProvider.GetRequiredService<TimelineQueries>().ShownTimelineAsync(CancellationToken.None)).Timeline;
        return AxisLayout.For(timeline, AxisVariant.All);
    }

    /// <summary>
    /// Phones from 390 px, laptops and desktops label all five. The two tightest layouts (a 320 px phone and a 46 rem
    /// tablet column) have room for four: there the 1996 withdrawal (importance 4) gives way to the importance-5
    /// events, by the rule.
    /// </summary>
    [Theory]
    [InlineData("v0", 4)]
    [InlineData("v1", 5)]
    [InlineData("h1", 4)]
    [InlineData("h2", 5)]
    [InlineData("h3", 5)]
    public async Task TheMilestonesAreLabelledInEachLayout(string variant, int atLeast)
    {
        var layout = await LayoutAsync();
        var labelled = layout.Events.Where(e => e.Variants[variant].Label is not null).Select(e => e.Event.Slug).ToList();
        output.WriteLine($"{variant}: {string.Join(", ", labelled)}");
        Assert.True(Milestones.Count(labelled.Contains) >= atLeast, $"{variant} labels {string.Join(", ", labelled)}");
    }
}
