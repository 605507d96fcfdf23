using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Editing;

namespace NewsTreaty.Domain.Data.Configurations;

internal sealed class RevisionConfiguration : IEntityTypeConfiguration<Revision>
{
    public void Configure(EntityTypeBuilder<Revision> builder)
    {
        builder.ToTable("revisions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.ResourceSlug).HasMaxLength(Slug.MaxLength).IsRequired();
        builder.Property(r => r.Actor).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(r => r.At).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc)); // SQLite forgets the kind
        // History is read per record, newest last; deleted records are found by slug.
        builder.HasIndex(r => new { r.ResourceType, r.ResourceSlug, r.Id });
        builder.HasIndex(r => new { r.ResourceType, r.ResourceId });
    }
}
