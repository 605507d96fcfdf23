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
/// the inserts). On PostgreSQL one statement per row count (at most 64 rows a statement) keeps a small set at one round
/// trip, and rows whose keys are wanted go 64 one-row INSERT … RETURNING statements a command (16 a command made a
/// 2,000-claim import 13 % slower over a million claims: 0.42 against 0.36 ms a claim, docs/performance.md).
/// Every string is checked as the text guard on SaveChanges checks it. An integer identity key is the database's to
/// generate; other keys (the link tables' composite ones) are written as given. Nothing is tracked here: use it for rows
/// no one reads back through this context, or let <see cref="AddedRows"/> write the change tracker's new entities with
/// it. Use it inside one of the context's transactions: these commands bypass EF's interceptors, so it is the commit that
/// tells the read caches (<see cref="DataChangeInterceptors"/>) that something changed.
/// </summary>
internal class RowInserter : IDisposable
{
    private readonly NewsTreatyDbContext db;
    private readonly IEntityType entity;
    private readonly (IProperty Property, RelationalTypeMapping Mapping, IClrPropertyGetter Get)[] columns;
    private readonly string insertInto;
    private readonly string returningKey;
    private readonly ISqlGenerationHelper sql;
    private readonly Dictionary<(int Rows, bool Returning), DbCommand> commands = [];
    private readonly int rowsPerStatement;

    public RowInserter(NewsTreatyDbContext db, IEntityType entity)
    {
        if (Unwritable(entity) is { } why)
        {
            throw new InvalidOperationException($"{nameof(RowInserter)} cannot write {entity.DisplayName()}: {why}");
        }

        this.db = db;
        this.entity = entity;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        GeneratedKey = GeneratedKeyOf(entity);
        sql = db.GetService<ISqlGenerationHelper>();
        rowsPerStatement = db.Database.IsSqlite() ? 1 : 64;
        columns = [.. entity.GetProperties().Where(p => p != GeneratedKey && p.GetBeforeSaveBehavior() != PropertySaveBehavior.Ignore)
            .Select(p => (p, p.GetRelationalTypeMapping(), p.GetGetter()))];
        insertInto = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({string.Join(", ", columns.Select(c => sql.DelimitIdentifier(c.Property.GetColumnName(table)!)))}) VALUES ";
        returningKey = GeneratedKey is null ? "" : $" RETURNING {sql.DelimitIdentifier(GeneratedKey.GetColumnName(table)!)}";
    }

    /// <summary>The key the database gives each row (an identity column), or null when the rows carry their own key.</summary>
    public IProperty? GeneratedKey { get; }

    /// <summary>
    /// Why rows of this type cannot be written column by column as SaveChanges would write them, or null when they can:
    /// one table, no inheritance, owned or complex parts, no value that lives only in the change tracker (a shadow
    /// property), and no column whose database default stands in for an unset value (EF leaves such a column out of its
    /// insert; these commands would write the CLR default). Columns the database derives (SetBeforeSaveBehavior(Ignore))
    /// are left to it, as SaveChanges leaves them.
    /// </summary>
    public static string? Unwritable(IEntityType entity)
    {
        if (entity.GetTableName() is null || entity.BaseType is not null || entity.GetDerivedTypes().Any() || entity.IsOwned()
            || entity.GetComplexProperties().Any() || entity.GetMappingFragments().Any())
        {
            return "it is not one plain table";
        }

        var key = entity.FindPrimaryKey();
        if (key is null)
        {
            return "it has no key";
        }

        var generated = GeneratedKeyOf(entity);
        if (key.Properties.Count == 1 && key.Properties[0].ValueGenerated != ValueGenerated.Never && generated is null)
        {
            return "its key is generated but is not one integer column";
        }

        foreach (var property in entity.GetProperties())
        {
            if (property == generated || property.GetBeforeSaveBehavior() == PropertySaveBehavior.Ignore)
            {
                continue;
            }

            if (property.IsShadowProperty())
            {
                return $"{property.Name} is a shadow property, and the rows are read from the entities";
            }

            if (property.ValueGenerated != ValueGenerated.Never)
            {
                return $"{property.Name} takes a database value when unset";
            }
        }

        return null;
    }

    private static IProperty? GeneratedKeyOf(IEntityType entity) =>
        entity.FindPrimaryKey() is { Properties: [var key] } && key.ValueGenerated != ValueGenerated.Never && (key.ClrType == typeof(int) || key.ClrType == typeof(long)) ? key : null;

    /// <summary>Inserts one row and returns the key the database gave it.</summary>
    public async Task<int> InsertAsync(object row, CancellationToken ct) => checked((int)(await InsertReturningKeysAsync([row], ct))[0]);

    /// <summary>Inserts every row, in order, and returns the keys the database gave them, in the same order.</summary>
    public async Task<long[]> InsertReturningKeysAsync(IReadOnlyList<object> rows, CancellationToken ct)
    {
        if (GeneratedKey is null)
        {
            throw new InvalidOperationException($"{entity.DisplayName()} rows carry their own key; use {nameof(InsertAllAsync)}.");
        }

        var keys = new long[rows.Count];
        for (var at = 0; at < rows.Count; at += rowsPerStatement)
        {
            var slice = Slice(rows, at);
            var command = Bind(Command(slice.Count, returning: true), slice);
            await Execute(command, async c =>
            {
                // One INSERT … RETURNING a row: each statement gives one key, in the order of the rows.
                await using var reader = await c.ExecuteReaderAsync(ct);
                for (var r = 0; r < slice.Count; r++)
                {
                    if ((r > 0 && !await reader.NextResultAsync(ct)) || !await reader.ReadAsync(ct))
                    {
                        throw new InvalidOperationException($"The insert of {entity.DisplayName()} rows returned fewer keys than rows.");
                    }

                    keys[at + r] = Convert.ToInt64(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
                }

                return 0;
            }, ct);
        }

        return keys;
    }

    /// <summary>Inserts every row, in order.</summary>
    public async Task InsertAllAsync(IReadOnlyList<object> rows, CancellationToken ct)
    {
        for (var at = 0; at < rows.Count; at += rowsPerStatement)
        {
            var slice = Slice(rows, at);
            var command = Bind(Command(slice.Count, returning: false), slice);
            await Execute(command, c => c.ExecuteNonQueryAsync(ct), ct);
        }
    }

    private List<object> Slice(IReadOnlyList<object> rows, int at) => [.. rows.Skip(at).Take(rowsPerStatement)];

    private DbCommand Command(int rows, bool returning)
    {
        if (commands.TryGetValue((rows, returning), out var command))
        {
            return command;
        }

        command = db.Database.GetDbConnection().CreateCommand();
        var text = new System.Text.StringBuilder();
        // Keys come back one statement a row, so a returning command holds one statement for each of its rows.
        var statements = returning ? rows : 1;
        var perStatement = returning ? 1 : rows;
        for (var s = 0; s < statements; s++)
        {
            text.Append(s == 0 ? "" : ";\n").Append(insertInto);
            for (var i = 0; i < perStatement; i++)
            {
                var r = (s * perStatement) + i;
                text.Append(i == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Length; c++)
                {
                    var name = sql.GenerateParameterName($"p{r}_{c}");
                    text.Append(c == 0 ? "" : ", ").Append(name);
                    command.Parameters.Add(columns[c].Mapping.CreateParameter(command, name, null, columns[c].Property.IsNullable));
                }

                text.Append(')');
            }

            text.Append(returning ? returningKey : "");
        }

        command.CommandText = text.ToString();
        commands[(rows, returning)] = command;
        return command;
    }

    private DbCommand Bind(DbCommand command, List<object> rows)
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
                var value = get.GetClrValueUsingContainingEntity(rows[r]);
                if (value is string text && ControlCharacters.FirstForbidden(text) >= 0)
                {
                    // The message names the record; built only for the text it refuses.
                    var what = rows[r] is Common.Entity { Slug.Length: > 0 } record ? $"{entity.ClrType.Name} '{record.Slug}'" : entity.ClrType.Name;
                    ControlCharacters.Check(text, $"{what}: {property.Name}");
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
            throw new DbUpdateException($"Could not insert {entity.DisplayName()} rows: {ex.Message}", ex);
        }
        finally
        {
            if (!open)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
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

/// <summary>A <see cref="RowInserter"/> for the entity type <typeparamref name="T"/>.</summary>
internal sealed class RowInserter<T>(NewsTreatyDbContext db)
    : RowInserter(db, db.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model."))
    where T : class
{
    /// <summary>Inserts one row and returns the key the database gave it.</summary>
    public Task<int> InsertAsync(T row, CancellationToken ct) => base.InsertAsync(row, ct);

    /// <summary>Inserts every row, in order.</summary>
    public Task InsertAllAsync(IReadOnlyList<T> rows, CancellationToken ct) => base.InsertAllAsync(rows, ct);
}
