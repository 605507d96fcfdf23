using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Ingestion.Review;

namespace NewsTreaty.Domain.Data.Configurations;

internal sealed class IngestionConfiguration : IEntityTypeConfiguration<ArticleIngestion>
{
    public void Configure(EntityTypeBuilder<ArticleIngestion> builder)
    {
        builder.ToTable("ingestions");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.RawSha256).HasMaxLength(64).IsRequired();
        builder.Property(i => i.Url).HasMaxLength(Limits.Url);
        builder.Property(i => i.OutletHint).HasMaxLength(Limits.Name);
        builder.Property(i => i.PublishedHint).HasMaxLength(40);
        builder.Property(i => i.FileName).HasMaxLength(Limits.Name);
        builder.Property(i => i.Headline).HasMaxLength(Limits.Title);
        builder.Property(i => i.Text).IsRequired();
        builder.Property(i => i.ContentHash).HasMaxLength(64).IsRequired();
        builder.Property(i => i.SubmittedBy).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(i => i.SubmittedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc)); // SQLite forgets the kind
        builder.Property(i => i.UpdatedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        builder.Property(i => i.PipelineVersion).HasMaxLength(100).IsRequired();
        builder.Property(i => i.ArticleSlug).HasMaxLength(Slug.MaxLength);
        builder.Property(i => i.Recognition).HasMaxLength(40);
        builder.Property(i => i.Revision).IsConcurrencyToken();
        builder.HasOne<Article>().WithMany().HasForeignKey(i => i.ArticleId).OnDelete(DeleteBehavior.SetNull);
        // The same document posted twice is the same ingestion, even when two posts race.
        builder.HasIndex(i => i.RawSha256).IsUnique();
        builder.HasIndex(i => i.ContentHash);
        builder.HasIndex(i => i.ArticleId);
        builder.HasMany(i => i.Proposals).WithOne().HasForeignKey(p => p.IngestionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Proposals).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.ToTable("proposals");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Label).HasMaxLength(Limits.Title).IsRequired();
        builder.Property(p => p.Reason).HasMaxLength(1000);
        builder.Property(p => p.MatchedSlug).HasMaxLength(Slug.MaxLength);
        builder.Property(p => p.MatchedWikidataId).HasMaxLength(13);
        builder.Property(p => p.ProposedSlug).HasMaxLength(Slug.MaxLength);
        builder.Property(p => p.Payload).IsRequired();
        builder.Property(p => p.ProposedPayload).IsRequired();
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.Property(p => p.ReviewedBy).HasMaxLength(Limits.Name);
        builder.Property(p => p.ReviewedAt).HasConversion(v => v, v => v == null ? null : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
        builder.Property(p => p.ReviewNote).HasMaxLength(Limits.Note);
        builder.Property(p => p.Outcome).HasMaxLength(500);
        builder.Ignore(p => p.Matched);
        builder.Ignore(p => p.IsOpen);
        builder.HasIndex(p => new { p.IngestionId, p.Ordinal }).IsUnique();
        // Pending proposals that would create the same slug are found without reading every payload.
        builder.HasIndex(p => p.ProposedSlug);
    }
}
