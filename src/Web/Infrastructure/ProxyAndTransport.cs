using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace NewsTreaty.Web.Infrastructure;

/// <summary>
/// What the host needs to know about the network in front of it (section "Security"): which proxies may say, in
/// X-Forwarded-For and X-Forwarded-Proto, who the client is and that it spoke HTTPS; HSTS once it did; and the
/// request limits it enforces itself so that an over-long URL or header block gets a problem-details answer.
/// </summary>
internal static class ProxyAndTransport
{
    /// <summary>Longest request target (path and query) answered with a 414 problem; Kestrel's own limit sits above it.</summary>
    public const int MaxUrlBytes = 8 * 1024;

    /// <summary>Largest header block answered with a 431 problem; Kestrel's own limit sits above it.</summary>
    public const int MaxHeaderBytes = 32 * 1024;

    public static void AddNewsTreatyProxies(this WebApplicationBuilder builder)
    {
        var trusted = builder.Configuration.GetSection("Security:TrustedProxies").Get<string[]>() ?? [];
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = null; // walk back through every trusted proxy in the chain, stop at the first untrusted one
            if (trusted.Length > 0)
            {
                // A configured list replaces the default (loopback only): a proxy on this machine is then trusted only if listed.
                o.KnownIPNetworks.Clear();
                o.KnownProxies.Clear();
                foreach (var entry in trusted)
                {
                    if (entry.Contains('/', StringComparison.Ordinal))
                    {
                        o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
                    }
                    else
                    {
                        o.KnownProxies.Add(IPAddress.Parse(entry));
                    }
                }
            }
        });
        builder.Services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(builder.Configuration.GetValue("Security:HstsMaxAgeDays", 365)));
        builder.Services.AddAntiforgery(o => o.Cookie.SecurePolicy = Microsoft.AspNetCore.Http.CookieSecurePolicy.SameAsRequest);
        builder.WebHost.ConfigureKestrel(k =>
        {
            // Room above our own limits, so those requests reach RequestLimits and get a body that says what happened.
            k.Limits.MaxRequestLineSize = Math.Max(k.Limits.MaxRequestLineSize, 2 * MaxUrlBytes);
            k.Limits.MaxRequestHeadersTotalSize = Math.Max(k.Limits.MaxRequestHeadersTotalSize, 2 * MaxHeaderBytes);
        });
    }

    /// <summary>First in the pipeline: everything after sees the client's address and scheme.</summary>
    public static void UseNewsTreatyProxies(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (app.Configuration.GetValue("Security:HstsMaxAgeDays", 365) > 0)
        {
            app.UseHsts(); // only on HTTPS requests (including those a trusted proxy says were), never on localhost
        }

        app.UseMiddleware<RequestLimits>();
    }
}
