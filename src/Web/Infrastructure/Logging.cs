using Serilog;
using Serilog.Events;
using Serilog.Formatting.Json;

namespace NewsTreaty.Web.Infrastructure;

internal static class Logging
{
    /// <summary>
    /// Serilog for every log line: human-readable console by default, JSON lines with Logging:Json=true. Commands log to
    /// standard error (<paramref name="toStandardError"/>), so what they print on standard output is only their data.
    /// </summary>
    public static void AddNewsTreatyLogging(this WebApplicationBuilder builder, bool toStandardError = false)
    {
        var settings = builder.Configuration;
        builder.Logging.ClearProviders();
        // preserveStaticLogger: each host (tests run several in one process) owns its logger, disposed with it.
        // writeToProviders: providers added to the services (a test's log capture, an exporter) still get every event.
        builder.Services.AddSerilog((_, configuration) => Configure(configuration, settings, toStandardError),
            preserveStaticLogger: true, writeToProviders: true);
    }

    private static void Configure(LoggerConfiguration configuration, ConfigurationManager settings, bool toStandardError)
    {
        configuration.ReadFrom.Configuration(settings).Enrich.FromLogContext();
        // A single switch for quiet runs (tests, load scripts) without restating the whole Serilog section. It quiets what
        // is written (console, file); other providers (a test's capture) still receive what the Serilog section allows.
        var written = settings["Logging:MinimumLevel"] is { Length: > 0 } level
            ? Enum.Parse<LogEventLevel>(level, ignoreCase: true)
            : LogEventLevel.Verbose;
        LogEventLevel? errorFrom = toStandardError ? LogEventLevel.Verbose : null;
        if (settings.GetValue<bool>("Logging:Json"))
        {
            configuration.WriteTo.Console(new JsonFormatter(renderMessage: true), written, standardErrorFromLevel: errorFrom);
        }
        else
        {
            configuration.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}",
                restrictedToMinimumLevel: written, standardErrorFromLevel: errorFrom);
        }

        if (settings["Logging:File"] is { Length: > 0 } file)
        {
            configuration.WriteTo.File(new JsonFormatter(renderMessage: true), file, written, rollingInterval: RollingInterval.Day);
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
