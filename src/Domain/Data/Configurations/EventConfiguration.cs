using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Domain.Data.Configurations;

internal sealed class EraConfiguration : IEntityTypeConfiguration<Era>
{
    public void Configure(EntityTypeBuilder<Era> builder)
    {
        builder.ConfigureEntity("eras");
        builder.Property(e => e.Name).HasMaxLength(Limits.Name).IsRequired();
        builder.Property(e => e.Summary).HasMaxLength(Limits.Summary);
    }
}

internal sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.ConfigureEntity("events");
        builder.Property(e => e.Title).HasMaxLength(Limits.Title).IsRequired();
        builder.Property(e => e.Summary).HasMaxLength(Limits.Summary).IsRequired();
        builder.Property(e => e.Place).HasMaxLength(Limits.Name);
        builder.HasOne(e => e.Era).WithMany().HasForeignKey(e => e.EraId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(e => new { e.StartsOn, e.Id });
        builder.HasMany(e => e.Actors).WithOne().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Articles).WithOne().HasForeignKey(a => a.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Actors).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(e => e.Articles).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class EventActorConfiguration : IEntityTypeConfiguration<EventActor>
{
    public void Configure(EntityTypeBuilder<EventActor> builder)
    {
        builder.ToTable("event_actors");
        builder.HasKey(a => new { a.EventId, a.ActorId, a.Role });
        builder.Property(a => a.Role).HasMaxLength(Limits.Role);
        builder.HasOne(a => a.Actor).WithMany().HasForeignKey(a => a.ActorId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.ActorId);
    }
}

internal sealed class EventArticleConfiguration : IEntityTypeConfiguration<EventArticle>
{
    public void Configure(EntityTypeBuilder<EventArticle> builder)
    {
        builder.ToTable("event_articles");
        builder.HasKey(a => new { a.EventId, a.ArticleId });
        builder.HasOne(a => a.Article).WithMany().HasForeignKey(a => a.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.ArticleId);
    }
}
