using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Articles;

public enum ArticleRelationKind
{
    /// <summary>The same piece republished under licence: not an independent source.</summary>
    SyndicatedCopyOf,

    /// <summary>The article relays another outlet's reporting: that outlet is the origin.</summary>
    RelaysReportingOf,
}

/// <summary>How one article depends on another article or on another outlet's reporting.</summary>
public sealed class ArticleRelation
{
    private ArticleRelation()
    {
    }

    private ArticleRelation(ArticleRelationKind kind, Article? targetArticle, Outlet? targetOutlet, string? note)
    {
        Kind = kind;
        TargetArticle = targetArticle;
        TargetOutlet = targetOutlet;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (Note is { Length: > Limits.Note })
        {
            throw new DomainException($"Relation note is {Note.Length} characters long; the limit is {Limits.Note}.");
        }
    }

    public static ArticleRelation SyndicatedCopyOf(Article original, string? note = null) =>
        new(ArticleRelationKind.SyndicatedCopyOf, original, null, note);

    public static ArticleRelation RelaysReportingOf(Outlet outlet, Article? article = null, string? note = null) =>
        new(ArticleRelationKind.RelaysReportingOf, article, outlet, note);

    public int Id { get; private set; }

    public int ArticleId { get; private set; }

    public ArticleRelationKind Kind { get; private set; }

    public int? TargetArticleId { get; private set; }

    public Article? TargetArticle { get; private set; }

    public int? TargetOutletId { get; private set; }

    public Outlet? TargetOutlet { get; private set; }

    public string? Note { get; private set; }
}
