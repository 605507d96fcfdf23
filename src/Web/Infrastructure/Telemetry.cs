using NewsTreaty.Api.Infrastructure;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace NewsTreaty.Web.Infrastructure;

/// <summary>
/// OpenTelemetry traces and metrics of requests (ASP.NET Core), EF Core commands and the read cache, off unless
/// configured (docs/deployment.md): <c>Telemetry:OtlpEndpoint</c> (or the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c>)
/// exports both over OTLP; <c>Telemetry:PrometheusEndpoint=true</c> serves the metrics at <c>/metrics</c> for a
/// scraper or the load script. Unconfigured, nothing is registered, so requests pay nothing for it; the read cache's
/// meter can still be read with <c>dotnet-counters</c>.
/// </summary>
internal static class Telemetry
{
    /// <summary>EF Core's and Npgsql's own meters (command counts and durations, pool use).</summary>
    private static readonly string[] DatabaseMeters = ["Microsoft.EntityFrameworkCore", "Npgsql"];

    public static void AddNewsTreatyTelemetry(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var endpoint = configuration["Telemetry:OtlpEndpoint"];
        var standard = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var prometheus = configuration.GetValue("Telemetry:PrometheusEndpoint", false);
        var otlp = !string.IsNullOrWhiteSpace(endpoint) || standard;
        if (!otlp && !prometheus)
        {
            return;
        }

        var telemetry = builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration["Telemetry:ServiceName"] ?? "newstreaty",
                serviceInstanceId: $"{Environment.MachineName}-{Environment.ProcessId}"))
            .WithMetrics(metrics =>
            {
                metrics.AddAspNetCoreInstrumentation().AddRuntimeInstrumentation().AddMeter(ReadCacheMetrics.MeterName).AddMeter(DatabaseMeters);
                if (prometheus)
                {
                    metrics.AddPrometheusExporter();
                }
            });
        if (!otlp)
        {
            return;
        }

        // Traces only where they go somewhere: an unexported span still costs every request its allocation.
        telemetry.WithTracing(tracing => tracing
            .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health"))
            .AddEntityFrameworkCoreInstrumentation());
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            telemetry.UseOtlpExporter(); // the OTEL_EXPORTER_OTLP_* variables say where and how
        }
        else
        {
            var protocol = configuration["Telemetry:OtlpProtocol"]?.Trim().ToLowerInvariant() switch
            {
                null or "" or "grpc" => OtlpExportProtocol.Grpc,
                "http/protobuf" or "http" => OtlpExportProtocol.HttpProtobuf,
                var other => throw new InvalidOperationException($"Telemetry:OtlpProtocol '{other}' is not supported: use 'grpc' (the default, port 4317) or 'http/protobuf' (port 4318)."),
            };
            telemetry.UseOtlpExporter(protocol, new Uri(endpoint));
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
