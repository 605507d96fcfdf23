using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsTreaty.Domain.Data;

/// <summary>
/// <c>nt_bm25</c>, an FTS5 ranking function registered on every SQLite connection EF Core opens: FTS5's own bm25
/// (same arguments, column weights after the table; same constants and arithmetic) except that a query of a single
/// phrase does not count the phrase's matches.
/// </summary>
/// <remarks>
/// bm25 weighs each phrase by its inverse document frequency, and works the frequency out on every query by walking
/// every match of the phrase in the index, however few rows it then scores: 44–58 ms for the commonest word of a
/// million claims, when reading its newest 5,000 matches takes 2 ms (docs/performance.md, session 8). With one phrase
/// the frequency multiplies every row's score by the same positive number, so it cannot change the order: here it is
/// taken as 1, and the order is bm25's while the count is never made. With two phrases or more the frequencies weigh
/// the phrases against each other and are counted as bm25 counts them, so the scores are bm25's own.
/// Microsoft.Data.Sqlite has no way to add an FTS5 auxiliary function, so this reaches FTS5's C API (<c>fts5_api</c>,
/// fetched with <c>SELECT fts5(?1)</c> and <c>sqlite3_bind_pointer</c>) in the same e_sqlite3 library it loads. The
/// function is registered once per SQLite handle, which Microsoft.Data.Sqlite's pool keeps across opens.
/// </remarks>
public sealed unsafe partial class SqliteRanking : DbConnectionInterceptor
{
    /// <summary>The function's SQL name.</summary>
    public const string Function = "nt_bm25";

    private const string Library = "e_sqlite3";
    private const int Ok = 0, Busy = 5, Locked = 6, NoMemory = 7, Row = 100, Done = 101;
    private const double K1 = 1.2, B = 0.75;

    public static readonly SqliteRanking Instance = new();

    private static readonly ConditionalWeakTable<SQLitePCL.sqlite3, object> Registered = [];
    private static readonly object Marker = new();

    // SQLite keeps these pointers for the life of a connection: allocated once, never freed.
    private static readonly byte* FunctionName = Utf8(Function);
    private static readonly byte* ApiPointerType = Utf8("fts5_api_ptr");
    private static readonly byte* ApiQuery = Utf8("SELECT fts5(?1)");

    private SqliteRanking()
    {
    }

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Register(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Register(connection);
        return Task.CompletedTask;
    }

    /// <summary>Adds the function to an open SQLite connection unless its handle has it already; other connections are left alone.</summary>
    public static void Register(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } || Registered.TryGetValue(handle, out _))
        {
            return;
        }

        var db = handle.DangerousGetHandle();
        var api = Fts5Api(db, TimeSpan.FromSeconds(((SqliteConnection)connection).DefaultTimeout));
        var rc = api->xCreateFunction(api, FunctionName, null, &Rank, null);
        if (rc != Ok)
        {
            throw new InvalidOperationException($"SQLite refused the {Function} ranking function (error {rc}): {Marshal.PtrToStringUTF8(sqlite3_errmsg(db))}.");
        }

        Registered.AddOrUpdate(handle, Marker);
    }

    /// <summary>
    /// FTS5's API table. Preparing the statement reads the schema, which another connection's write can hold up: as
    /// Microsoft.Data.Sqlite does for its own commands, a busy or locked database is asked again until
    /// <paramref name="timeout"/> (the connection's default command timeout) has passed.
    /// </summary>
    private static Fts5ApiTable* Fts5Api(nint db, TimeSpan timeout)
    {
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var rc = TryFts5Api(db, out var api);
            if (rc == Ok && api is not null && api->iVersion >= 2)
            {
                return api;
            }

            if ((rc & 0xff) is not (Busy or Locked))
            {
                throw new InvalidOperationException($"This SQLite library offers no FTS5 API (error {rc}); NewsTreaty needs SQLite built with FTS5, as e_sqlite3 is.");
            }

            if (waited.Elapsed >= timeout)
            {
                throw new InvalidOperationException(
                    $"The database stayed locked for {timeout.TotalSeconds:0.#} s while the {Function} ranking function was being registered (error {rc}); retry once the writer has finished.");
            }

            Thread.Sleep(1);
        }
    }

    private static int TryFts5Api(nint db, out Fts5ApiTable* api)
    {
        nint statement = 0;
        Fts5ApiTable* found = null;
        var rc = sqlite3_prepare_v2(db, ApiQuery, -1, &statement, null);
        try
        {
            if (rc == Ok)
            {
                rc = sqlite3_bind_pointer(statement, 1, &found, ApiPointerType, 0);
            }

            if (rc == Ok)
            {
                rc = sqlite3_step(statement) is Row or Done ? Ok : sqlite3_extended_errcode(db);
            }
        }
        finally
        {
            _ = sqlite3_finalize(statement); // repeats the step's error, already in rc
        }

        api = found;
        return rc;
    }

    /// <summary>What a query's rows share, made on its first row and freed by FTS5 when the query ends.</summary>
    private struct Query
    {
        public double AverageLength;
        public int Phrases;
        public int Weights;

        // Then: Phrases weights of phrase (IDF), Phrases frequencies (this row's), Weights column weights.
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Rank(Fts5ExtensionApi* api, nint fts, nint context, int count, nint* values)
    {
        var query = (Query*)api->xGetAuxdata(fts, 0);
        var rc = query is null ? Start(api, fts, count, values, out query) : Ok;
        if (rc != Ok)
        {
            sqlite3_result_error_code(context, rc);
            return;
        }

        var idf = (double*)(query + 1);
        var frequency = idf + query->Phrases;
        var weights = frequency + query->Phrases;
        new Span<double>(frequency, query->Phrases).Clear();
        int instances;
        rc = api->xInstCount(fts, &instances);
        for (var i = 0; rc == Ok && i < instances; i++)
        {
            int phrase, column, offset;
            rc = api->xInst(fts, i, &phrase, &column, &offset);
            if (rc == Ok)
            {
                frequency[phrase] += query->Weights > column ? weights[column] : 1.0;
            }
        }

        int tokens = 0;
        if (rc == Ok)
        {
            rc = api->xColumnSize(fts, -1, &tokens);
        }

        if (rc != Ok)
        {
            sqlite3_result_error_code(context, rc);
            return;
        }

        // bm25's sum, term by term in the same order (fts5_aux.c, fts5Bm25Function).
        var length = (double)tokens;
        var score = 0.0;
        for (var p = 0; p < query->Phrases; p++)
        {
            score += idf[p] * ((frequency[p] * (K1 + 1.0)) / (frequency[p] + (K1 * (1 - B + (B * length / query->AverageLength)))));
        }

        sqlite3_result_double(context, -1.0 * score);
    }

    private static int Start(Fts5ExtensionApi* api, nint fts, int count, nint* values, out Query* query)
    {
        query = null;
        var phrases = api->xPhraseCount(fts);
        long rows = 0, tokens = 0;
        var rc = api->xRowCount(fts, &rows);
        if (rc == Ok)
        {
            rc = api->xColumnTotalSize(fts, -1, &tokens);
        }

        if (rc != Ok)
        {
            return rc;
        }

        Query* made;
        try
        {
            made = (Query*)NativeMemory.AllocZeroed((nuint)(sizeof(Query) + (sizeof(double) * ((2 * phrases) + count))));
        }
        catch (OutOfMemoryException)
        {
            return NoMemory; // an exception must not leave a function SQLite called
        }

        made->AverageLength = (double)tokens / rows;
        made->Phrases = phrases;
        made->Weights = count;
        var idf = (double*)(made + 1);
        var weights = idf + (2 * phrases);
        for (var c = 0; c < count; c++)
        {
            weights[c] = sqlite3_value_double(values[c]);
        }

        if (phrases == 1)
        {
            idf[0] = 1.0; // scales every row alike: the order is bm25's without counting the matches
        }

        for (var p = 0; rc == Ok && phrases > 1 && p < phrases; p++)
        {
            long hits = 0;
            rc = api->xQueryPhrase(fts, p, &hits, &CountMatch);
            if (rc == Ok)
            {
                // bm25's IDF, and its floor for a phrase in more than half of the rows.
                var weight = Math.Log((rows - hits + 0.5) / (hits + 0.5));
                idf[p] = weight <= 0.0 ? 1e-6 : weight;
            }
        }

        if (rc == Ok)
        {
            rc = api->xSetAuxdata(fts, made, &Free);
        }
        else
        {
            NativeMemory.Free(made);
        }

        query = rc == Ok ? made : null;
        return rc;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static int CountMatch(Fts5ExtensionApi* api, nint fts, void* hits)
    {
        (*(long*)hits)++;
        return Ok;
    }

    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    private static void Free(void* data) => NativeMemory.Free(data);

    private static byte* Utf8(string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text + "\0");
        var native = (byte*)NativeMemory.Alloc((nuint)bytes.Length);
        bytes.CopyTo(new Span<byte>(native, bytes.Length));
        return native;
    }

    /// <summary>FTS5's table of functions for an auxiliary function (fts5.h, struct Fts5ExtensionApi, as far as used here).</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Fts5ExtensionApi
    {
        public int iVersion;
        public delegate* unmanaged[Cdecl]<nint, void*> xUserData;
        public delegate* unmanaged[Cdecl]<nint, int> xColumnCount;
        public delegate* unmanaged[Cdecl]<nint, long*, int> xRowCount;
        public delegate* unmanaged[Cdecl]<nint, int, long*, int> xColumnTotalSize;
        public nint xTokenize;
        public delegate* unmanaged[Cdecl]<nint, int> xPhraseCount;
        public delegate* unmanaged[Cdecl]<nint, int, int> xPhraseSize;
        public delegate* unmanaged[Cdecl]<nint, int*, int> xInstCount;
        public delegate* unmanaged[Cdecl]<nint, int, int*, int*, int*, int> xInst;
        public delegate* unmanaged[Cdecl]<nint, long> xRowid;
        public nint xColumnText;
        public delegate* unmanaged[Cdecl]<nint, int, int*, int> xColumnSize;
        public delegate* unmanaged[Cdecl]<nint, int, void*, delegate* unmanaged[Cdecl]<Fts5ExtensionApi*, nint, void*, int>, int> xQueryPhrase;
        public delegate* unmanaged[Cdecl]<nint, void*, delegate* unmanaged[Cdecl]<void*, void>, int> xSetAuxdata;
        public delegate* unmanaged[Cdecl]<nint, int, void*> xGetAuxdata;
    }

    /// <summary>FTS5's registration table (fts5.h, struct fts5_api).</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Fts5ApiTable
    {
        public int iVersion;
        public nint xCreateTokenizer;
        public nint xFindTokenizer;
        public delegate* unmanaged[Cdecl]<Fts5ApiTable*, byte*, void*, delegate* unmanaged[Cdecl]<Fts5ExtensionApi*, nint, nint, int, nint*, void>, delegate* unmanaged[Cdecl]<void*, void>, int> xCreateFunction;
    }

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial int sqlite3_prepare_v2(nint db, byte* sql, int bytes, nint* statement, byte** tail);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial int sqlite3_bind_pointer(nint statement, int index, void* pointer, byte* type, nint destroy);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial int sqlite3_step(nint statement);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial int sqlite3_finalize(nint statement);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial int sqlite3_extended_errcode(nint db);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial nint sqlite3_errmsg(nint db);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial double sqlite3_value_double(nint value);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial void sqlite3_result_double(nint context, double value);

    [LibraryImport(Library)]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    private static partial void sqlite3_result_error_code(nint context, int code);
}
