using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTreaty.Domain.Access;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Data.Configurations;

internal sealed class EditorAccountConfiguration : IEntityTypeConfiguration<EditorAccount>
{
    public void Configure(EntityTypeBuilder<EditorAccount> builder)
    {
        builder.ToTable("editor_accounts");
        builder.HasKey(a => a.Id);
        builder.Ignore(a => a.IsActive);
        builder.Property(a => a.Username).HasMaxLength(EditorAccount.UsernameLength).IsRequired();
        builder.HasIndex(a => a.Username).IsUnique();
        builder.Property(a => a.DisplayName).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(a => a.PasswordHash).HasMaxLength(EditorAccount.HashLength).IsRequired();
        builder.Property(a => a.CreatedAt).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc)); // SQLite forgets the kind
        builder.Property(a => a.DisabledAt).HasConversion(v => v, v => v == null ? null : DateTime.SpecifyKind(v.Value, DateTimeKind.Utc));
    }
}
