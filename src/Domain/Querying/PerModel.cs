using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore.Metadata;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Domain.Querying;

/// <summary>
/// One instance of a set of compiled queries per EF model. A compiled query belongs to the model it first ran with,
/// and each provider has its own model (a process may hold SQLite and PostgreSQL at once, as the test suites do).
/// </summary>
internal static class PerModel<T>
    where T : class, new()
{
    private static readonly ConditionalWeakTable<IModel, T> Sets = [];

    public static T For(NewsTreatyDbContext db) => Sets.GetValue(db.Model, _ => new T());
}
