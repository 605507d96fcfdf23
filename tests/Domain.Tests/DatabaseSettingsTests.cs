using Npgsql;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Domain.Tests;

/// <summary>
/// PostgreSQL connections keep their statements prepared (Npgsql's automatic preparation) unless the connection string
/// says otherwise, as a PgBouncer in transaction mode needs; and they skip Npgsql's seven-statement session reset when
/// they go back to the pool, unless the connection string asks for it.
/// </summary>
public sealed class DatabaseSettingsTests
{
    [Fact]
    public void APostgresConnectionStringWithoutASayPreparesStatements()
    {
        var settings = DatabaseSettings.From("postgresql", "Host=db.example;Database=newstreaty;Username=nt;Password=secret;Timeout=7");
        var built = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        Assert.Equal(DatabaseSettings.AutoPreparedStatements, built.MaxAutoPrepare);
        Assert.True(built.NoResetOnClose);
        Assert.Equal(("db.example", "newstreaty", "nt", "secret", 7), (built.Host, built.Database, built.Username, built.Password, built.Timeout));
    }

    [Theory]
    [InlineData("Max Auto Prepare=0", 0)]
    [InlineData("MaxAutoPrepare=10", 10)]
    [InlineData("max auto prepare = 300", 300)]
    public void AConnectionStringThatSetsItsOwnPreparationKeepsIt(string setting, int expected)
    {
        var settings = DatabaseSettings.From("postgresql", $"Host=localhost;Database=newstreaty;{setting}");
        Assert.Equal(expected, new NpgsqlConnectionStringBuilder(settings.ConnectionString).MaxAutoPrepare);
    }

    [Theory]
    [InlineData("No Reset On Close=false", false)]
    [InlineData("NoResetOnClose=False", false)]
    [InlineData("no reset on close = true", true)]
    public void AConnectionStringThatSaysWhetherToResetKeepsIt(string setting, bool expected)
    {
        var settings = DatabaseSettings.From("postgresql", $"Host=localhost;Database=newstreaty;{setting}");
        var built = new NpgsqlConnectionStringBuilder(settings.ConnectionString);
        Assert.Equal(expected, built.NoResetOnClose);
        Assert.Equal(DatabaseSettings.AutoPreparedStatements, built.MaxAutoPrepare);
    }

    [Fact]
    public void SqliteConnectionStringsAreLeftWithoutIt()
    {
        var file = Path.Combine(Path.GetTempPath(), "newstreaty-settings-test.db");
        var sqlite = DatabaseSettings.From("sqlite", $"Data Source={file}").ConnectionString;
        Assert.DoesNotContain("Prepare", sqlite, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Reset", sqlite, StringComparison.OrdinalIgnoreCase);
    }
}
