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

public sealed class NewsTreatyDbContext(DbContextOptions<NewsTreatyDbContext> options) : DbContext(options)
{
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
