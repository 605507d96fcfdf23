using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Data.Configurations;

internal sealed class ActorConfiguration : IEntityTypeConfiguration<Actor>
{
    public void Configure(EntityTypeBuilder<Actor> builder)
    {
        builder.ConfigureEntity("actors");
        builder.Property(a => a.Name).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(a => a.Description).HasMaxLength(Limits.Summary).IsRequired();
        builder.Property(a => a.WikidataId).HasMaxLength(13);
        builder.HasIndex(a => a.WikidataId);
        builder.HasIndex(a => a.Name);
        builder.HasMany(a => a.Aliases).WithOne().HasForeignKey(a => a.ActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Affiliations).WithOne().HasForeignKey(a => a.ActorId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(a => a.Aliases).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(a => a.Affiliations).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ActorAliasConfiguration : IEntityTypeConfiguration<ActorAlias>
{
    public void Configure(EntityTypeBuilder<ActorAlias> builder)
    {
        builder.ToTable("actor_aliases");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Name).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(a => a.Note).HasMaxLength(Limits.Note);
        builder.Ignore(a => a.Names);
        builder.HasIndex(a => a.Name);
    }
}

internal sealed class ActorAffiliationConfiguration : IEntityTypeConfiguration<ActorAffiliation>
{
    public void Configure(EntityTypeBuilder<ActorAffiliation> builder)
    {
        builder.ToTable("actor_affiliations");
        builder.HasKey(a => a.Id);
        builder.HasOne(a => a.Organisation).WithMany().HasForeignKey(a => a.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(a => a.Role).HasMaxLength(Limits.Name);
    }
}
