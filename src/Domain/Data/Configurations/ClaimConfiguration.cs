using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Data.Configurations;

internal sealed class ClaimConfiguration : IEntityTypeConfiguration<Claim>
{
    public void Configure(EntityTypeBuilder<Claim> builder)
    {
        builder.ConfigureEntity("claims");
        builder.Property(c => c.Text).HasMaxLength(Limits.Summary).IsRequired();
        builder.Property(c => c.StatusNote).HasMaxLength(Limits.Note);
        builder.Property(c => c.ClaimantNote).HasMaxLength(Limits.Note);
        builder.Ignore(c => c.IsSpeech);
        builder.HasOne(c => c.ClaimantActor).WithMany().HasForeignKey(c => c.ClaimantActorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.ClaimantOutlet).WithMany().HasForeignKey(c => c.ClaimantOutletId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ClaimantActorId, c.FirstSeenUtc, c.Id });
        builder.HasIndex(c => c.Status);
        builder.DerivedByTheDatabase(c => c.FirstSeenUtc, DateTime.MinValue);
        builder.DerivedByTheDatabase(c => c.OutletCount, 0);
        builder.DerivedByTheDatabase(c => c.OriginCount, 0);
        builder.HasIndex(c => new { c.FirstSeenUtc, c.Id });
        builder.HasIndex(c => new { c.OriginCount, c.Id }).IsDescending(true, false);
        builder.HasMany(c => c.Appearances).WithOne().HasForeignKey(a => a.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Quantities).WithOne().HasForeignKey(q => q.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Subjects).WithOne().HasForeignKey(s => s.ClaimId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.ClaimId).OnDelete(DeleteBehavior.Cascade);
        foreach (var navigation in new[] { nameof(Claim.Appearances), nameof(Claim.Quantities), nameof(Claim.Subjects), nameof(Claim.Events) })
        {
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }
    }
}

internal sealed class AppearanceConfiguration : IEntityTypeConfiguration<Appearance>
{
    public void Configure(EntityTypeBuilder<Appearance> builder)
    {
        builder.ToTable("appearances");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Quote).HasMaxLength(Limits.Quote).IsRequired();
        builder.Property(a => a.AttributionQuote).HasMaxLength(Limits.Name);
        builder.Ignore(a => a.Attribution);
        builder.Ignore(a => a.Supports);
        builder.HasOne(a => a.Article).WithMany().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.ArticleId, a.ClaimId });
        builder.HasIndex(a => a.ClaimId);
    }
}

internal sealed class ClaimQuantityConfiguration : IEntityTypeConfiguration<ClaimQuantity>
{
    public void Configure(EntityTypeBuilder<ClaimQuantity> builder)
    {
        builder.ToTable("claim_quantities");
        builder.HasKey(q => q.Id);
        builder.Property(q => q.Unit).HasMaxLength(Limits.Role).IsRequired();
        builder.Property(q => q.Text).HasMaxLength(Limits.Name);
        builder.Property(q => q.Value).HasPrecision(20, 4);
    }
}

internal sealed class ClaimSubjectConfiguration : IEntityTypeConfiguration<ClaimSubject>
{
    public void Configure(EntityTypeBuilder<ClaimSubject> builder)
    {
        builder.ToTable("claim_subjects");
        builder.HasKey(s => new { s.ClaimId, s.ActorId });
        builder.HasOne(s => s.Actor).WithMany().HasForeignKey(s => s.ActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.ActorId, s.FirstSeenUtc, s.ClaimId });
        builder.DerivedByTheDatabase(s => s.FirstSeenUtc, DateTime.MinValue);
    }
}

internal sealed class ClaimEventConfiguration : IEntityTypeConfiguration<ClaimEvent>
{
    public void Configure(EntityTypeBuilder<ClaimEvent> builder)
    {
        builder.ToTable("claim_events");
        builder.HasKey(e => new { e.ClaimId, e.EventId });
        builder.HasOne(e => e.Event).WithMany().HasForeignKey(e => e.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.EventId, e.FirstSeenUtc, e.ClaimId });
        builder.DerivedByTheDatabase(e => e.FirstSeenUtc, DateTime.MinValue);
    }
}

internal static class DerivedColumns
{
    /// <summary>
    /// A column the database keeps (schema step 0006 triggers): EF reads it but never writes it, so an
    /// edit cannot overwrite what the triggers computed.
    /// </summary>
    public static void DerivedByTheDatabase<TEntity, TProperty>(this EntityTypeBuilder<TEntity> builder, System.Linq.Expressions.Expression<Func<TEntity, TProperty>> property, TProperty initial)
        where TEntity : class
    {
        var column = builder.Property(property).HasDefaultValue(initial);
        column.Metadata.SetBeforeSaveBehavior(PropertySaveBehavior.Ignore);
        column.Metadata.SetAfterSaveBehavior(PropertySaveBehavior.Ignore);
    }
}
