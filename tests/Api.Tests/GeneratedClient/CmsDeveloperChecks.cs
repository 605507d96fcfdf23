// What both CMS developer programs (CmsDeveloper.cs for NSwag, CmsDeveloperKiota.cs for Kiota) share, compiled into
// each: the article they write and how a step passes or fails.
internal static class Scenario
{
    public const string Text = "The committee met on Tuesday. Its chair said the agreement would be reviewed within a year. Critics called the timetable vague.";

    public const string Quote = "Its chair said the agreement would be reviewed within a year.";

    /// <summary>08:34 in London on 25 June 2024, as the article states its publication.</summary>
    public static readonly DateTimeOffset PublishedUtc = new(2024, 6, 25, 7, 34, 0, TimeSpan.Zero);

    public static void Check(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException("failed: " + what);
        }
    }

    public static void Ok(string step) => Console.WriteLine("ok " + step);

    /// <summary>Runs a call that must fail with the client's typed problem exception, and returns that problem.</summary>
    public static async Task<TProblem> ProblemAsync<TProblem>(Func<Task> call)
        where TProblem : Exception
    {
        try
        {
            await call();
        }
        catch (TProblem problem)
        {
            return problem;
        }

        throw new InvalidOperationException("expected a problem response, the call succeeded");
    }

    public static bool NearNowOrPast(DateTimeOffset? instant) => instant <= DateTimeOffset.UtcNow.AddMinutes(5);
}
