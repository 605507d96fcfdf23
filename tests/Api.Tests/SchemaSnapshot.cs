using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NewsTreaty.Domain.Data;

namespace NewsTreaty.Api.Tests;

/// <summary>A comparable description of a database's tables, columns, indexes and foreign keys (names of constraints aside).</summary>
internal static class SchemaSnapshot
{
    public static async Task<List<string>> TakeAsync(NewsTreatyDbContext db, DatabaseProvider provider)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var rows = provider == DatabaseProvider.Sqlite ? await SqliteAsync(connection) : await PostgresAsync(connection);
        rows.RemoveAll(r => r.StartsWith("schema_versions", StringComparison.Ordinal));
        // Full-text search objects of schema steps 0003, 0007 and 0011 (FTS5 tables and their shadow tables on SQLite,
        // *_fts tables of stored tsvectors with GIN indexes on PostgreSQL) are outside the EF model by design;
        // FullTextIndexTests and RelevancePagingTests cover them.
        rows.RemoveAll(r => r.Contains("_fts", StringComparison.Ordinal) || r.Contains("IX_fts_", StringComparison.Ordinal));
        // The deferral of claims' words (SQLite, schema step 0014) and statistics and word vectors (PostgreSQL, step 0016)
        // in bulk writes is kept by triggers and ClaimUpkeep, outside the model; ClaimWordsTests and ClaimUpkeepTests cover it.
        rows.RemoveAll(r => r.StartsWith("claim_words_", StringComparison.Ordinal) || r.StartsWith("claim_upkeep_", StringComparison.Ordinal));
        // The Data Protection key store (schema step 0012) belongs to the host's own small DbContext, not this model.
        rows.RemoveAll(r => r.StartsWith("data_protection_keys", StringComparison.Ordinal));
        rows.Sort(StringComparer.Ordinal);
        return rows;
    }

    private static async Task<List<string>> SqliteAsync(DbConnection connection)
    {
        var rows = new List<string>();
        var tables = await QueryAsync(connection, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'");
        foreach (var table in tables.Select(t => t[0]))
        {
            rows.AddRange((await QueryAsync(connection, $"SELECT name, type, \"notnull\", pk FROM pragma_table_info('{table}')"))
                .Select(c => $"{table} column {c[0]} {c[1]} notnull={c[2]} pk={c[3]}"));
            rows.AddRange((await QueryAsync(connection, $"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{table}')"))
                .Select(f => $"{table} fk {f[1]} -> {f[0]}.{f[2]} on delete {f[3]}"));
            foreach (var index in await QueryAsync(connection, $"SELECT name, \"unique\" FROM pragma_index_list('{table}') WHERE origin = 'c'"))
            {
                var columns = await QueryAsync(connection, $"SELECT name FROM pragma_index_info('{index[0]}') ORDER BY seqno");
                rows.Add($"{table} index {index[0]} unique={index[1]} ({string.Join(",", columns.Select(c => c[0]))})");
            }
        }

        return rows;
    }

    private static async Task<List<string>> PostgresAsync(DbConnection connection)
    {
        var rows = (await QueryAsync(connection, """
            SELECT table_name, column_name, data_type, is_nullable, COALESCE(character_maximum_length::text, ''), COALESCE(numeric_precision::text, '')
            FROM information_schema.columns WHERE table_schema = 'public'
            """)).Select(c => $"{c[0]} column {c[1]} {c[2]}({c[4]}{c[5]}) nullable={c[3]}").ToList();
        rows.AddRange((await QueryAsync(connection, "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'"))
            .Select(i => $"{i[0]} index {i[1]} {i[2]}"));
        rows.AddRange((await QueryAsync(connection, """
            SELECT conrelid::regclass::text, pg_get_constraintdef(oid) FROM pg_constraint
            WHERE contype IN ('f', 'p', 'u') AND connamespace = 'public'::regnamespace
            """)).Select(c => $"{c[0]} constraint {c[1]}"));
        return rows;
    }

    private static async Task<List<string[]>> QueryAsync(DbConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var result = new List<string[]>();
        while (await reader.ReadAsync())
        {
            result.Add(Enumerable.Range(0, reader.FieldCount).Select(i => Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "").ToArray());
        }

        return result;
    }
}
