using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.ConfigureEntity("articles");
        builder.HasOne(a => a.Outlet).WithMany().HasForeignKey(a => a.OutletId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Outlet>().WithMany().HasForeignKey(a => a.OriginOutletId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(a => a.Headline).HasMaxLength(Limits.Title).IsRequired();
        builder.Property(a => a.PrintHeadline).HasMaxLength(Limits.Title);
        builder.Property(a => a.Standfirst).HasMaxLength(Limits.ShortText);
        builder.Property(a => a.Byline).HasMaxLength(Limits.Name);
        builder.Property(a => a.Section).HasMaxLength(Limits.Name);
        builder.Property(a => a.Dateline).HasMaxLength(Limits.Name);
        builder.Property(a => a.Language).HasMaxLength(35).IsRequired();
        builder.Property(a => a.CanonicalUrl).HasMaxLength(Limits.Url);
        builder.Property(a => a.Summary).HasMaxLength(Limits.Summary);
        builder.Property(a => a.TimeZone).HasMaxLength(64);
        builder.Property(a => a.DateNote).HasMaxLength(Limits.Note);
        builder.Property(a => a.SourceName).HasMaxLength(Limits.Name);
        builder.Property(a => a.SourceSha256).HasMaxLength(64);
        builder.Property(a => a.ContentHash).HasMaxLength(64);
        builder.Ignore(a => a.Published);
        builder.HasIndex(a => a.PublishedUtc);
        builder.HasIndex(a => a.ContentHash);
        builder.HasMany(a => a.Relations).WithOne().HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Relations).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ArticleRelationConfiguration : IEntityTypeConfiguration<ArticleRelation>
{
    public void Configure(EntityTypeBuilder<ArticleRelation> builder)
    {
        builder.ToTable("article_relations");
        builder.HasKey(r => r.Id);
        builder.HasOne(r => r.TargetArticle).WithMany().HasForeignKey(r => r.TargetArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.TargetOutlet).WithMany().HasForeignKey(r => r.TargetOutletId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Note).HasMaxLength(Limits.Note);
    }
}
