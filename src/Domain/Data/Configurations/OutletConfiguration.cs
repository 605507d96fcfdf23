using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Data.Configurations;

internal sealed class OutletConfiguration : IEntityTypeConfiguration<Outlet>
{
    public void Configure(EntityTypeBuilder<Outlet> builder)
    {
        builder.ConfigureEntity("outlets");
        builder.Property(o => o.Name).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(o => o.Country).HasMaxLength(2).IsRequired();
        builder.Property(o => o.Homepage).HasMaxLength(Limits.Url);
    }
}
