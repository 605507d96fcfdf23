using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Data.Configurations;

/// <summary>What every top-level record shares: id, unique slug, revision.</summary>
internal static class EntityConfiguration
{
    public static void ConfigureEntity<T>(this EntityTypeBuilder<T> builder, string table) where T : Entity
    {
        builder.ToTable(table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Slug).HasMaxLength(Slug.MaxLength).IsRequired();
        builder.HasIndex(e => e.Slug).IsUnique();
        builder.Property(e => e.Revision).IsConcurrencyToken();
    }
}
