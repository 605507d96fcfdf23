using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Domain.Access;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Coverage;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Data.Schema;
using NewsTreaty.Domain.Editing;
using NewsTreaty.Domain.Events;
using NewsTreaty.Domain.Ingestion;
using NewsTreaty.Domain.Ingestion.Review;
using NewsTreaty.Domain.Search;
using NewsTreaty.Domain.Timeline;

using NewsTreaty.Domain.Querying;

namespace NewsTreaty.Domain.Data;

public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddNewsTreatyData(this IServiceCollection services, DatabaseSettings settings)
    {
        services.AddSingleton(settings);
        if (settings.Provider == DatabaseProvider.Sqlite && Querying.SqliteReadConnections.Shareable(settings.ConnectionString))
        {
            // A factory, not an instance, so the host's services dispose it (and close its connections) when the host stops.
            services.AddSingleton(_ => new Querying.SqliteReadConnections(settings.ConnectionString));
        }

        var changes = new DataChanges(TimeProvider.System);
        services.AddSingleton(changes);
        var interceptors = DataChangeInterceptors.For(changes);
        services.AddDbContextPool<NewsTreatyDbContext>(options => settings.Configure(options.AddInterceptors(interceptors)));
        services.AddScoped<SchemaMigrator>();
        services.AddScoped<BundleImporter>();
        services.AddScoped<BundleExporter>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<ClaimQueries>();
        services.AddSingleton<WordFrequencies>();
        services.AddSingleton<Claims.RelatedClaimsCache>();
        services.AddScoped<EventQueries>();
        services.AddScoped<TimelineQueries>();
        services.AddScoped<ActorQueries>();
        services.AddScoped<ArticleQueries>();
        services.AddScoped<SearchQueries>();
        services.AddScoped<RecordEditor>();
        services.AddScoped<Claims.ClaimEditor>();
        services.AddScoped<RecordHistory>();
        services.AddScoped<IRevisionSource, HistoryRevisionSource>();
        services.AddScoped<ApiKeyStore>();
        services.AddScoped<ArticleTextQueries>();
        services.AddScoped<CoverageQueries>();
        services.AddScoped<EvidenceQueries>();
        services.AddScoped<OutletQueries>();
        services.AddSingleton<IngestionPipeline>();
        services.AddSingleton<PipelineRunner>(s => s.GetRequiredService<IngestionPipeline>().Run);
        services.AddSingleton<KnowledgeSnapshotCache>();
        services.AddScoped<KnowledgeSnapshotLoader>();
        services.AddScoped<IngestionService>();
        services.AddScoped<IngestionBatch>();
        services.AddScoped<KnownArticleWriter>();
        services.AddScoped<IngestionQueries>();
        services.AddScoped<ProposalReviewer>();
        services.AddScoped<ProposalWrites>();
        services.AddSingleton(TimeProvider.System);
        return services;
    }
}
