namespace NewsTreaty.Web.Infrastructure;

/// <summary>
/// For load tests only (tools/load/run.sh): when <c>LoadTest:BaselineFile</c> is set, GET /loadtest/baseline
/// returns that file's bytes from memory, so a run can compare an API endpoint with the same response
/// served without the database. Not mapped otherwise.
/// </summary>
internal static class LoadTestBaseline
{
    public static void MapLoadTestBaseline(this WebApplication app)
    {
        if (app.Configuration["LoadTest:BaselineFile"] is not { Length: > 0 } file)
        {
            return;
        }

        // Read on first use: the load script saves the API's response after the host has started.
        var bytes = new Lazy<byte[]>(() => File.ReadAllBytes(file));
        app.MapGet("/loadtest/baseline", () => TypedResults.Bytes(bytes.Value, "application/json")).ExcludeFromDescription();
    }
}
