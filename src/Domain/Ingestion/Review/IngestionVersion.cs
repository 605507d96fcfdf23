using System.Reflection;

namespace NewsTreaty.Domain.Ingestion.Review;

/// <summary>Which build of the pipeline made an ingestion's proposals: the domain assembly's informational version (with its commit when built from git).</summary>
public static class IngestionVersion
{
    public static string Current { get; } =
        "pipeline " + (typeof(IngestionPipeline).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown");
}
