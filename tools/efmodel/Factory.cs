using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.EfModel;

/// <summary>
/// The context as `dotnet ef dbcontext optimize` sees it: built from the configurations (no compiled model), on the
/// engine EF_PROVIDER names (sqlite or postgresql). Nothing connects: the model needs only the provider.
/// </summary>
public sealed class Factory : IDesignTimeDbContextFactory<NewsTreatyDbContext>
{
    public NewsTreatyDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<NewsTreatyDbContext>();
        if (Environment.GetEnvironmentVariable("EF_PROVIDER") == "postgresql")
        {
            options.UseNpgsql("Host=localhost;Database=newstreaty");
        }
        else
        {
            options.UseSqlite("Data Source=:memory:");
        }

        return new NewsTreatyDbContext(options.Options);
    }

    public static void Main()
    {
    }
}
