using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Access;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Editing;
using NewsTreaty.Domain.Events;
using NewsTreaty.Domain.Ingestion.Review;

namespace NewsTreaty.Domain.Data;

public sealed class NewsTreatyDbContext : DbContext
{
    public NewsTreatyDbContext(DbContextOptions<NewsTreatyDbContext> options)
        : base(options)
    {
        // Every writer that opens a transaction rolls all of it back when a save fails; none carries on after one. So
        // SaveChanges inside a transaction needs no savepoint of its own: that was two more statements a save (two
        // round trips on PostgreSQL), and a cancelled request's savepoint was logged as a transaction error. Pooling
        // keeps this setting for every lease of the context.
        Database.AutoSavepointsEnabled = false;
    }

    public DbSet<Outlet> Outlets => Set<Outlet>();

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<Actor> Actors => Set<Actor>();

    public DbSet<Era> Eras => Set<Era>();

    public DbSet<Event> Events => Set<Event>();

    public DbSet<Claim> Claims => Set<Claim>();

    public DbSet<Appearance> Appearances => Set<Appearance>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<Revision> Revisions => Set<Revision>();

    public DbSet<EditorAccount> EditorAccounts => Set<EditorAccount>();

    public DbSet<ArticleIngestion> Ingestions => Set<ArticleIngestion>();

    public DbSet<Proposal> Proposals => Set<Proposal>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NewsTreatyDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name: readable in the database and stable when members are reordered.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<PartialDate>().HaveConversion<PartialDateConverter>().HaveMaxLength(12);
    }
}
