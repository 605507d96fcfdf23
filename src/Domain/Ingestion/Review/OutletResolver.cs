using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Ingestion.Review;

/// <summary>Which known outlet an article names: the metadata stage's match, else its outlet name or the caller's hint, by slug or name.</summary>
internal static class OutletResolver
{
    public static KnownOutlet? Find(KnowledgeSnapshot knowledge, ArticleMetadata metadata, string? hint) =>
        knowledge.Outlets.FirstOrDefault(o => o.Slug == metadata.OutletSlug)
        ?? Named(knowledge, metadata.OutletName?.Value)
        ?? Named(knowledge, hint);

    private static KnownOutlet? Named(KnowledgeSnapshot knowledge, string? name) =>
        string.IsNullOrWhiteSpace(name)
            ? null
            : knowledge.Outlets.FirstOrDefault(o => o.Slug == name.Trim() || Same(o.Name, name) || o.Slug == Slug.From(name));

    /// <summary>"The Economist" and "Economist" name the same outlet.</summary>
    private static bool Same(string a, string b) => string.Equals(WithoutThe(a), WithoutThe(b), StringComparison.OrdinalIgnoreCase);

    private static string WithoutThe(string name)
    {
        var trimmed = name.Trim();
        return trimmed.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? trimmed[4..].Trim() : trimmed;
    }
}
