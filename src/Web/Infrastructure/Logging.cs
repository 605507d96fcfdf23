using Serilog;
using Serilog.Formatting.Json;

namespace NewsTreaty.Web.Infrastructure;

internal static class Logging
{
    /// <summary>Serilog for every log line: human-readable console by default, JSON lines with Logging:Json=true.</summary>
    public static void AddNewsTreatyLogging(this WebApplicationBuilder builder)
    {
        var configuration = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext();
        configuration = builder.Configuration.GetValue<bool>("Logging:Json")
            ? configuration.WriteTo.Console(new JsonFormatter(renderMessage: true))
            : configuration.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {Message:lj} {Properties:j}{NewLine}{Exception}");
        if (builder.Configuration["Logging:File"] is { Length: > 0 } file)
        {
            configuration = configuration.WriteTo.File(new JsonFormatter(renderMessage: true), file, rollingInterval: RollingInterval.Day);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(configuration.CreateLogger(), dispose: true);
    }
}
