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
        var configuration = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext();
        if (builder.Configuration["Logging:MinimumLevel"] is { Length: > 0 } level)
        {
            // A single switch for quiet runs (tests, load scripts) without restating the whole Serilog section.
            configuration = configuration.MinimumLevel.Is(Enum.Parse<LogEventLevel>(level, ignoreCase: true));
        }

        LogEventLevel? errorFrom = toStandardError ? LogEventLevel.Verbose : null;
        configuration = builder.Configuration.GetValue<bool>("Logging:Json")
            ? configuration.WriteTo.Console(new JsonFormatter(renderMessage: true), standardErrorFromLevel: errorFrom)
            : configuration.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}",
                standardErrorFromLevel: errorFrom);
        if (builder.Configuration["Logging:File"] is { Length: > 0 } file)
        {
            configuration = configuration.WriteTo.File(new JsonFormatter(renderMessage: true), file, rollingInterval: RollingInterval.Day);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(configuration.CreateLogger(), dispose: true);
    }
}
