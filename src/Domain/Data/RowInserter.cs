using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Data;

/// <summary>
/// Inserts new rows of one entity type through commands built once from the EF model (table, columns, each column's
/// type mapping and value converter) and reused for every row on the context's connection and transaction, so a
/// writer of many small rows pays neither the change tracker nor a fresh statement per row. On SQLite a reused command
/// stays prepared and runs once a row: there is no round trip to save, and 16 rows a statement were slower (profiled:
/// Microsoft.Data.Sqlite finds every parameter by name on every run, one native call each, which took more time than
/// the inserts). On PostgreSQL one statement per row count (at most 16 rows a statement) keeps a small set at one round
/// trip. Every string is checked as the text guard on SaveChanges checks it, and the key is the database's to generate.
/// Nothing is tracked: use it for rows no one reads back through this context. Use it inside one of the context's
/// transactions: these commands bypass EF's interceptors, so it is the commit that tells the read caches
/// (<see cref="DataChangeInterceptors"/>) that something changed.
/// </summary>
internal sealed class RowInserter<T> : IDisposable where T : class
{
    private readonly NewsTreatyDbContext db;
    private readonly (IProperty Property, RelationalTypeMapping Mapping, Func<T, object?> Get)[] columns;
    private readonly string insertInto;
    private readonly string returningKey;
    private readonly ISqlGenerationHelper sql;
    private readonly Dictionary<(int Rows, bool Returning), DbCommand> commands = [];
    private readonly int rowsPerStatement;

    public RowInserter(NewsTreatyDbContext db)
    {
        this.db = db;
        var entity = db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var key = entity.FindPrimaryKey()!.Properties.Single();
        sql = db.GetService<ISqlGenerationHelper>();
        rowsPerStatement = db.Database.IsSqlite() ? 1 : 16;
        columns = [.. entity.GetProperties().Where(p => p != key).Select(p => (p, p.GetRelationalTypeMapping(), Getter(p)))];
        insertInto = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!)))}) VALUES ";
        returningKey = $" RETURNING {sql.DelimitIdentifier(key.GetColumnName(table)!)}";
    }

    /// <summary>Inserts one row and returns the key the database gave it.</summary>
    public async Task<int> InsertAsync(T row, CancellationToken ct)
    {
        var command = Bind(Command(1, returning: true), [row]);
        return Convert.ToInt32(await Execute(command, c => c.ExecuteScalarAsync(ct), ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Inserts every row, in order.</summary>
    public async Task InsertAllAsync(IReadOnlyList<T> rows, CancellationToken ct)
    {
        for (var at = 0; at < rows.Count; at += rowsPerStatement)
        {
            var slice = rows.Skip(at).Take(rowsPerStatement).ToList();
            var command = Bind(Command(slice.Count, returning: false), slice);
            await Execute(command, c => c.ExecuteNonQueryAsync(ct), ct);
        }
    }

    private DbCommand Command(int rows, bool returning)
    {
        if (commands.TryGetValue((rows, returning), out var command))
        {
            return command;
        }

        command = db.Database.GetDbConnection().CreateCommand();
        var values = new System.Text.StringBuilder(insertInto);
        for (var r = 0; r < rows; r++)
        {
            values.Append(r == 0 ? "(" : ", (");
            for (var c = 0; c < columns.Length; c++)
            {
                var name = sql.GenerateParameterName($"p{r}_{c}");
                values.Append(c == 0 ? "" : ", ").Append(name);
                command.Parameters.Add(columns[c].Mapping.CreateParameter(command, name, null, columns[c].Property.IsNullable));
            }

            values.Append(')');
        }

        command.CommandText = returning ? values.Append(returningKey).ToString() : values.ToString();
        commands[(rows, returning)] = command;
        return command;
    }

    private DbCommand Bind(DbCommand command, List<T> rows)
    {
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        if (db.Database.GetCommandTimeout() is { } timeout)
        {
            command.CommandTimeout = timeout;
        }

        for (var r = 0; r < rows.Count; r++)
        {
            for (var c = 0; c < columns.Length; c++)
            {
                var (property, mapping, get) = columns[c];
                var value = get(rows[r]);
                if (value is string text)
                {
                    ControlCharacters.Check(text, $"{typeof(T).Name}: {property.Name}");
                }

                if (value is not null && mapping.Converter is { } converter)
                {
                    value = converter.ConvertToProvider(value);
                }

                command.Parameters[(r * columns.Length) + c].Value = value ?? DBNull.Value;
            }
        }

        return command;
    }

    /// <summary>
    /// Runs the command on the context's connection, opened for it when the context has it closed; a database error
    /// becomes the <see cref="DbUpdateException"/> SaveChanges would have thrown.
    /// </summary>
    private async Task<TResult> Execute<TResult>(DbCommand command, Func<DbCommand, Task<TResult>> run, CancellationToken ct)
    {
        var open = command.Connection!.State == System.Data.ConnectionState.Open;
        if (!open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        try
        {
            return await run(command);
        }
        catch (DbException ex)
        {
            throw new DbUpdateException($"Could not insert {typeof(T).Name} rows: {ex.Message}", ex);
        }
        finally
        {
            if (!open)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }

    private static Func<T, object?> Getter(IProperty property)
    {
        if (property.IsShadowProperty())
        {
            throw new InvalidOperationException($"{typeof(T).Name}.{property.Name} is a shadow property; {nameof(RowInserter<T>)} reads values from the entity.");
        }

        var getter = property.GetGetter();
        return row => getter.GetClrValueUsingContainingEntity(row);
    }

    public void Dispose()
    {
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }

        commands.Clear();
    }
}
