using NewsTreaty.Api.Infrastructure;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace NewsTreaty.Web.Infrastructure;

/// <summary>
/// OpenTelemetry traces and metrics of requests (ASP.NET Core), EF Core commands and the read cache, off unless
/// configured: <c>Telemetry:OtlpEndpoint</c> (or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>) exports both over
/// OTLP, <c>Telemetry:PrometheusEndpoint=true</c> serves the metrics at <c>/metrics</c> for a scraper (the load script
/// reads the read cache's hit rate there). Unconfigured, nothing listens, so requests pay nothing for it.
/// </summary>
internal static class Telemetry
{
    public static void AddNewsTreatyTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var otlp = configuration["Telemetry:OtlpEndpoint"] is { Length: > 0 } endpoint ? endpoint : configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var prometheus = configuration.GetValue("Telemetry:PrometheusEndpoint", false);
        if (string.IsNullOrWhiteSpace(otlp) && !prometheus)
        {
            return;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration["Telemetry:ServiceName"] ?? "newstreaty", serviceInstanceId: Environment.MachineName + "-" + Environment.ProcessId))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddRuntimeInstrumentation().AddMeter(ReadCacheMetrics.MeterName);
                if (prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        if (!string.IsNullOrWhiteSpace(otlp))
        {
            // Traces only where they go somewhere: an unexported span still costs every request its allocation.
            telemetry.WithTracing(tracing => tracing
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
                .AddEntityFrameworkCoreInstrumentation());
            telemetry.UseOtlpExporter(OpenTelemetry.Exporter.OtlpExportProtocol.HttpProtobuf, new Uri(otlp));
        }
    }

    public static void MapNewsTreatyTelemetry(this WebApplication app)
    {
        if (app.Configuration.GetValue("Telemetry:PrometheusEndpoint", false))
        {
            app.MapPrometheusScrapingEndpoint("/metrics");
        }
    }
}
