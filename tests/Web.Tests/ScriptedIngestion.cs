using Microsoft.Extensions.DependencyInjection;
using NewsTreaty.Api.Tests;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Ingestion;
using NewsTreaty.Domain.Ingestion.Review;

namespace NewsTreaty.Web.Tests;

/// <summary>Stores the scripted article as an ingestion, as POST /api/v1/ingest would, with the scripted pipeline's proposals.</summary>
internal static class ScriptedIngestion
{
    /// <summary>The article made distinct by <paramref name="filed"/>; <paramref name="outlet"/> is the outlet hint (null: none found).</summary>
    public static async Task<int> StoreAsync(IServiceProvider services, string filed, string? outlet)
    {
        await using var scope = services.CreateAsyncScope();
        var service = scope.ServiceProvider.GetRequiredService<IngestionService>();
        var submitted = RawInput.FromText(ScriptedPipeline.Article + $"\nThe commission meets again in {filed} weeks to settle the water quotas and the treaty's annexes.\n", SourceFormat.Text, outlet: outlet, published: "2024-06-20");
        var knowledge = await service.KnowledgeAsync(CancellationToken.None);
        var result = ScriptedPipeline.Run(submitted.Raw, knowledge);
        var outcome = await service.StoreAsync(new PreparedIngestion(submitted, result, Hashing.Sha256Hex(result.Article.Text)), knowledge, "test", CancellationToken.None);
        return outcome.IngestionId;
    }
}
