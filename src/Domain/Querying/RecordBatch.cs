using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Domain.Querying;

/// <summary>
/// One round trip for one record shape: several SELECTs sent as one command on the context's own connection (and
/// transaction), read result set by result set straight into the views. A cache miss then costs one command instead of
/// one EF query per collection, and no EF query pipeline, parameter cache or materialiser (profiled: EF and ADO.NET
/// around the SQL took more time than SQLite itself). Both engines take a multi-statement command with named parameters:
/// Microsoft.Data.Sqlite steps through the statements as the reader moves on, Npgsql sends them as one batch.
/// </summary>
/// <remarks>
/// The column readers below convert exactly as the EF model does (enums by name, <see cref="PartialDate"/> as its EDTF
/// text, instants with the provider's own DateTime reading), so a view read here equals the one EF would have built.
/// </remarks>
internal sealed class RecordBatch : IAsyncDisposable
{
    private readonly NewsTreatyDbContext db;
    private readonly DbCommand command;
    private readonly bool opened;

    private RecordBatch(NewsTreatyDbContext db, DbCommand command, DbDataReader reader, bool opened)
    {
        this.db = db;
        this.command = command;
        this.opened = opened;
        Reader = reader;
    }

    public DbDataReader Reader { get; }

    public static bool IsPostgres(NewsTreatyDbContext db) => db.Database.IsNpgsql();

    /// <summary>Runs <paramref name="sql"/> (one or more statements) with named parameters and positions the reader on the first result set.</summary>
    public static async Task<RecordBatch> ExecuteAsync(NewsTreatyDbContext db, string sql, IEnumerable<(string Name, object Value)> parameters, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        DbCommand? command = null;
        try
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            if (db.Database.GetCommandTimeout() is { } timeout)
            {
                command.CommandTimeout = timeout;
            }

            foreach (var (name, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            var reader = await command.ExecuteReaderAsync(ct);
            return new RecordBatch(db, command, reader, opened);
        }
        catch
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }

            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }

            throw;
        }
    }

    /// <summary>Every row of the current result set, then moves on to the next one.</summary>
    public async Task<List<T>> ListAsync<T>(Func<DbDataReader, T> row, CancellationToken ct)
    {
        var rows = new List<T>();
        while (await Reader.ReadAsync(ct))
        {
            rows.Add(row(Reader));
        }

        await Reader.NextResultAsync(ct);
        return rows;
    }

    /// <summary>The first row of the current result set (or default when it has none), then moves on to the next one.</summary>
    public async Task<T?> SingleAsync<T>(Func<DbDataReader, T> row, CancellationToken ct)
    {
        var found = await Reader.ReadAsync(ct) ? row(Reader) : default;
        while (await Reader.ReadAsync(ct))
        {
        }

        await Reader.NextResultAsync(ct);
        return found;
    }

    public async ValueTask DisposeAsync()
    {
        await Reader.DisposeAsync();
        await command.DisposeAsync();
        if (opened)
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

/// <summary>Typed column reads with the EF model's conversions (see <see cref="RecordBatch"/>).</summary>
internal static class Column
{
    public static string? TextOrNull(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static int? IntOrNull(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    public static decimal? DecimalOrNull(this DbDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDecimal(i);

    /// <summary>Enums are stored by name (NewsTreatyDbContext.ConfigureConventions).</summary>
    public static T Enum<T>(this DbDataReader r, int i) where T : struct, System.Enum => System.Enum.Parse<T>(r.GetString(i));

    public static T? EnumOrNull<T>(this DbDataReader r, int i) where T : struct, System.Enum => r.IsDBNull(i) ? null : System.Enum.Parse<T>(r.GetString(i));

    /// <summary>Partial dates are stored as their EDTF text (PartialDateConverter).</summary>
    public static PartialDate Date(this DbDataReader r, int i) => PartialDate.Parse(r.GetString(i));
}
