using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace NewsTreaty.Web.Tests;

/// <summary>A second loopback origin standing in for a publisher's CMS, so embeds are tested cross-origin as they run.</summary>
internal sealed class SecondOrigin : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SecondOrigin(WebApplication app, string address) => (_app, Address) = (app, address);

    /// <summary>Its base address, e.g. http://127.0.0.1:41234 (never the NewsTreaty host's).</summary>
    public string Address { get; }

    public static async Task<SecondOrigin> StartAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return new SecondOrigin(app, app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "NewsTreaty.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
