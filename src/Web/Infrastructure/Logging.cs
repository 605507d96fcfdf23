using Serilog;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace NewsTreaty.Web.Infrastructure;

internal static class Logging
{
    /// <summary>Serilog for every log line: human-readable console by default, JSON lines with Logging:Json=true.</summary>
    public static void AddNewsTreatyLogging(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration;
        builder.Logging.ClearProviders();
        // preserveStaticLogger: each host (tests run several in one process) owns its logger, disposed with it.
        builder.Services.AddSerilog((_, configuration) => Configure(configuration, settings), preserveStaticLogger: true);
    }

    private static void Configure(LoggerConfiguration configuration, ConfigurationManager settings)
    {
        configuration.ReadFrom.Configuration(settings).Enrich.FromLogContext();
        if (settings["Logging:MinimumLevel"] is { Length: > 0 } level)
        {
            // A single switch for quiet runs (tests, load scripts) without restating the whole Serilog section.
            configuration.MinimumLevel.Is(Enum.Parse<LogEventLevel>(level, ignoreCase: true));
        }

        if (settings.GetValue<bool>("Logging:Json"))
        {
            configuration.WriteTo.Console(new JsonFormatter(renderMessage: true));
        }
        else
        {
            configuration.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}");
        }

        if (settings["Logging:File"] is { Length: > 0 } file)
        {
            configuration.WriteTo.File(new JsonFormatter(renderMessage: true), file, rollingInterval: RollingInterval.Day);
        }
    }

    /// <summary>
    /// One structured line per request (Serilog.AspNetCore). Errors for 5xx, a warning for a slow request; a circuit's
    /// or a stream's long-lived connection is not slow, so it stays informational.
    /// </summary>
    public static void UseNewsTreatyRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(o =>
        {
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            o.GetLevel = (http, elapsed, error) =>
                error is not null || http.Response.StatusCode >= 500 ? LogEventLevel.Error
                : elapsed > 1000 && !http.WebSockets.IsWebSocketRequest && !http.Request.Path.StartsWithSegments("/_blazor") ? LogEventLevel.Warning
                : LogEventLevel.Information;
        });
}
