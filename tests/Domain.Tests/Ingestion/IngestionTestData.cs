using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Ingestion;

namespace NewsTreaty.Domain.Tests.Ingestion;

/// <summary>The curated bundle, and the outlets and events of it that the text stages read from a snapshot.</summary>
internal static class IngestionTestData
{
    public static readonly Bundle Curated = BundleImporter.Parse(BundleExporter.ReadCuratedJson());

    public static readonly KnowledgeSnapshot Snapshot = new(
        [],
        [.. Curated.Outlets.Select((o, i) => new KnownOutlet(i + 1, o.Slug, o.Name, o.Kind, o.Country, o.Homepage, o.StateAffiliated))],
        [.. Curated.Events.Select((e, i) => new KnownEvent(i + 1, e.Slug, e.Kind, e.Title, e.Summary ?? "", PartialDate.Parse(e.Date),
            e.EndDate is null ? null : PartialDate.Parse(e.EndDate), []))],
        [],
        []);

    public static string FixtureFolder => Path.Combine(AppContext.BaseDirectory, "Ingestion", "Fixtures");

    public static IngestionResult Run(RawArticle raw, KnowledgeSnapshot knowledge) => new IngestionPipeline().Run(raw, knowledge);
}
