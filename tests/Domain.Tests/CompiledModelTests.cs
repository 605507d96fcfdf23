using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Domain.Tests;

/// <summary>
/// The host starts on EF Core compiled models (src/Domain/Data/Compiled, one per engine) instead of building the model
/// from the configurations at every start. A configuration changed without regenerating them (tools/efmodel/optimize.sh)
/// would run on a stale model: these tests build the model from the configurations and compare.
/// </summary>
public sealed class CompiledModelTests
{
    public static TheoryData<DatabaseProvider> Providers => new() { DatabaseProvider.Sqlite, DatabaseProvider.PostgreSql };

    [Theory]
    [MemberData(nameof(Providers))]
    public void TheCompiledModelIsTheConfiguredModel(DatabaseProvider provider)
    {
        using var compiled = Context(provider, compiledModel: true);
        using var built = Context(provider, compiledModel: false);
        Same(Tables(built.Model), Tables(compiled.Model));
        Same(Shape(built.Model), Shape(compiled.Model));
    }

    /// <summary>Equal lists, or a failure that says what differs and what to run.</summary>
    private static void Same(List<string> configured, List<string> compiled)
    {
        var onlyConfigured = configured.Except(compiled, StringComparer.Ordinal).Take(10).ToList();
        var onlyCompiled = compiled.Except(configured, StringComparer.Ordinal).Take(10).ToList();
        Assert.True(onlyConfigured.Count == 0 && onlyCompiled.Count == 0,
            "The compiled EF model (src/Domain/Data/Compiled) no longer matches the entity configurations: run tools/efmodel/optimize.sh and commit what it writes.\n"
            + $"Only in the configurations: {string.Join("; ", onlyConfigured)}\nOnly in the compiled model: {string.Join("; ", onlyCompiled)}");
        Assert.Equal(configured, compiled);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void EachEngineGetsItsOwnCompiledModel(DatabaseProvider provider)
    {
        using var db = Context(provider, compiledModel: true);
        var expected = provider == DatabaseProvider.PostgreSql
            ? typeof(Data.Compiled.Postgres.NewsTreatyDbContextModel)
            : typeof(Data.Compiled.Sqlite.NewsTreatyDbContextModel);
        Assert.IsType(expected, db.Model, exactMatch: true);
    }

    private static NewsTreatyDbContext Context(DatabaseProvider provider, bool compiledModel)
    {
        var settings = new DatabaseSettings(provider, provider == DatabaseProvider.PostgreSql ? "Host=localhost;Database=model" : "Data Source=:memory:");
        var options = new DbContextOptionsBuilder<NewsTreatyDbContext>();
        if (compiledModel)
        {
            settings.Configure(options);
        }
        else if (provider == DatabaseProvider.PostgreSql)
        {
            options.UseNpgsql(settings.ConnectionString);
        }
        else
        {
            options.UseSqlite(settings.ConnectionString);
        }

        return new NewsTreatyDbContext(options.Options);
    }

    /// <summary>Tables, columns, keys, indexes and foreign keys as EF will write SQL for them.</summary>
    private static List<string> Tables(IModel model) =>
        model.GetRelationalModel().Tables.OrderBy(t => t.Name).SelectMany(t =>
            t.Columns.OrderBy(c => c.Name).Select(c => $"{t.Name}.{c.Name} {c.StoreType} nullable={c.IsNullable}")
                .Concat(t.PrimaryKey is { } key ? [$"{t.Name} key {key.Name} ({string.Join(", ", key.Columns.Select(c => c.Name))})"] : [])
                .Concat(t.UniqueConstraints.Select(u => $"{t.Name} unique {u.Name} ({string.Join(", ", u.Columns.Select(c => c.Name))})").Order())
                .Concat(t.Indexes.Select(i => $"{t.Name} index {i.Name} unique={i.IsUnique} filter={i.Filter} ({string.Join(", ", i.Columns.Select(c => c.Name))})").Order())
                .Concat(t.ForeignKeyConstraints.Select(f => $"{t.Name} fk {f.Name} -> {f.PrincipalTable.Name} {f.OnDeleteAction} ({string.Join(", ", f.Columns.Select(c => c.Name))})").Order()))
            .ToList();

    /// <summary>What the relational model does not show: CLR shapes, conversions, generation and navigations.</summary>
    private static List<string> Shape(IModel model) =>
        model.GetEntityTypes().OrderBy(e => e.Name).SelectMany(e =>
            e.GetProperties().Select(p => $"{e.Name}.{p.Name}: {p.ClrType.Name} nullable={p.IsNullable} generated={p.ValueGenerated} "
                    + $"converter={p.GetTypeMapping().Converter?.ProviderClrType.Name} concurrency={p.IsConcurrencyToken}")
                .Concat(e.GetNavigations().Select(n => $"{e.Name}.{n.Name} -> {n.TargetEntityType.Name} collection={n.IsCollection}"))
                .Concat(e.GetSkipNavigations().Select(n => $"{e.Name}.{n.Name} => {n.TargetEntityType.Name}")))
            .ToList();
}
