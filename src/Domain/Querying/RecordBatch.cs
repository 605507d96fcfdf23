using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Domain.Querying;

/// <summary>
/// One round trip for one record shape: several SELECTs sent as one command on the context's own connection (and
/// transaction), read result set by result set straight into the views. A cache miss then costs one command instead of
/// one EF query per collection, and no EF query pipeline, parameter cache or materialiser (profiled: EF and ADO.NET
/// around the SQL took more time than SQLite itself). Both engines take a multi-statement command with named parameters:
/// Microsoft.Data.Sqlite steps through the statements as the reader moves on, Npgsql sends them as one batch. On SQLite
/// a read outside a transaction runs on one of the host's own open connections (<see cref="SqliteReadConnections"/>),
/// where the command stays prepared for the next request with the same SQL.
/// </summary>
/// <remarks>
/// The column readers below convert exactly as the EF model does (enums by name, <see cref="PartialDate"/> as its EDTF
/// text, instants with the provider's own DateTime reading), so a view read here equals the one EF would have built.
/// </remarks>
internal sealed class RecordBatch : IAsyncDisposable
{
    private readonly NewsTreatyDbContext db;
    private readonly DbCommand? command;
    private readonly bool opened;
    private readonly (SqliteReadConnections Pool, SqliteReadConnections.Lease Lease)? lease;

    private RecordBatch(NewsTreatyDbContext db, DbCommand? command, DbDataReader reader, bool opened, (SqliteReadConnections, SqliteReadConnections.Lease)? lease = null)
    {
        this.db = db;
        this.command = command;
        this.opened = opened;
        this.lease = lease;
        Reader = reader;
    }

    public DbDataReader Reader { get; }

    public static bool IsPostgres(NewsTreatyDbContext db) => db.Database.IsNpgsql();

    /// <summary>Runs <paramref name="sql"/> (one or more statements) with named parameters and positions the reader on the first result set.</summary>
    public static async Task<RecordBatch> ExecuteAsync(NewsTreatyDbContext db, string sql, IEnumerable<(string Name, object Value)> parameters, CancellationToken ct)
    {
        if (db.Database.CurrentTransaction is null && ReadConnections(db) is { } pool && pool.Rent() is { } lease)
        {
            try
            {
                // Microsoft.Data.Sqlite runs synchronously whatever the method's name; the command stays prepared on the lease.
                ct.ThrowIfCancellationRequested();
                var prepared = lease.Command(sql, parameters);
                if (db.Database.GetCommandTimeout() is { } timeout)
                {
                    prepared.CommandTimeout = timeout;
                }

                var reader = prepared.ExecuteReader();
                return new RecordBatch(db, null, reader, opened: false, (pool, lease));
            }
            catch
            {
                pool.Return(lease);
                throw;
            }
        }

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

    /// <summary>
    /// The host's own SQLite read connections (<see cref="SqliteReadConnections"/>, a singleton of the application's
    /// services), or null on PostgreSQL and for a context made outside the host's services.
    /// </summary>
    private static SqliteReadConnections? ReadConnections(NewsTreatyDbContext db) =>
        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()?.ApplicationServiceProvider?.GetService(typeof(SqliteReadConnections)) as SqliteReadConnections;

    public async ValueTask DisposeAsync()
    {
        await Reader.DisposeAsync();
        if (lease is var (pool, held))
        {
            pool.Return(held);
            return;
        }

        await command!.DisposeAsync();
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

    public static PartialDate? DateOrNull(this DbDataReader r, int i) => r.IsDBNull(i) ? null : PartialDate.Parse(r.GetString(i));

    /// <summary>A COUNT(*): a 64-bit integer on both engines (EF casts it to int in the statement on PostgreSQL).</summary>
    public static int Count(this DbDataReader r, int i) => checked((int)r.GetInt64(i));

    /// <summary>The columns of <see cref="Outlet"/>, for the outlet table aliased <paramref name="alias"/>.</summary>
    public static string OutletColumns(string alias) =>
        $"{alias}.\"Id\", {alias}.\"Slug\", {alias}.\"Name\", {alias}.\"Country\", {alias}.\"Kind\", {alias}.\"StateAffiliated\"";

    /// <summary>An outlet's reference from the six <see cref="OutletColumns"/> starting at <paramref name="at"/>.</summary>
    public static OutletRef Outlet(this DbDataReader r, int at) =>
        new(r.GetInt32(at), r.GetString(at + 1), r.GetString(at + 2), r.GetString(at + 3), r.Enum<OutletKind>(at + 4), r.GetBoolean(at + 5));

    /// <summary>The columns of <see cref="Actor"/>, for the actor table aliased <paramref name="alias"/>.</summary>
    public static string ActorColumns(string alias) => $"{alias}.\"Id\", {alias}.\"Slug\", {alias}.\"Name\", {alias}.\"Kind\"";

    /// <summary>An actor's reference from the four <see cref="ActorColumns"/> starting at <paramref name="at"/>.</summary>
    public static ActorRef Actor(this DbDataReader r, int at) => new(r.GetInt32(at), r.GetString(at + 1), r.GetString(at + 2), r.Enum<ActorKind>(at + 3));
}

/// <summary>
/// One record's statements, written with <c>@record</c> for its id: by id with the id bound (<c>@id</c>), by slug with
/// the id looked up inside each statement, so either way a miss is one command.
/// </summary>
internal sealed class RecordStatements(string table, string statements)
{
    private readonly string byId = statements.Replace("@record", "@id", StringComparison.Ordinal);

    private readonly string bySlug = statements.Replace("@record", $"(SELECT \"Id\" FROM \"{table}\" WHERE \"Slug\" = @slug)", StringComparison.Ordinal);

    /// <summary>Runs the statements for the record "42" by id, anything else by slug.</summary>
    public Task<RecordBatch> ExecuteAsync(NewsTreatyDbContext db, string key, CancellationToken ct) =>
        int.TryParse(key, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? RecordBatch.ExecuteAsync(db, byId, [("@id", id)], ct)
            : RecordBatch.ExecuteAsync(db, bySlug, [("@slug", key)], ct);
}
