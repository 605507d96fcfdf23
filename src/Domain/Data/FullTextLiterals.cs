using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace NewsTreaty.Domain.Data;

/// <summary>
/// On PostgreSQL, puts a full-text search's query words into the statement as a literal
/// (<c>to_tsquery('english', 'treaty &amp; missile')</c>) instead of a parameter, just before the command runs.
/// </summary>
/// <remarks>
/// The host's connections prepare the statements they run often (<see cref="DatabaseSettings.AutoPreparedStatements"/>),
/// and after five runs PostgreSQL may give a prepared statement one generic plan for every parameter value. For a word
/// search that plan cannot know how many claims hold the word, and the best plans differ by orders of magnitude: walk
/// the newest claims and test each (a word in most claims) or read the word's few matches from the index (a rare one).
/// With the generic plan, varied-word relevance searches over a million claims fell from 102 to 7–14 a second, p99 5 s
/// (docs/performance.md). As a literal, the words are planned for on every statement that holds them; EF Core's own
/// query cache is keyed by the LINQ query, not this text, so it is unaffected. Only words of letters and digits joined
/// by the query operators are written in (what <see cref="Querying.SearchWords"/> produces); anything else stays a
/// parameter.
/// </remarks>
public sealed partial class FullTextLiterals : DbCommandInterceptor
{
    public static readonly FullTextLiterals Instance = new();

    private FullTextLiterals()
    {
    }

    [GeneratedRegex(@"to_tsquery\('english', (@\w+)\)")]
    private static partial Regex Parameterised();

    [GeneratedRegex(@"^[\p{L}\p{N}]+(:\*)?( [&|] [\p{L}\p{N}]+(:\*)?)*$")]
    private static partial Regex Words();

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Inline(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Inline(command);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Inline(command);
        return ValueTask.FromResult(result);
    }

    /// <summary>Rewrites the command's text in place; public for the tests.</summary>
    public static void Inline(DbCommand command)
    {
        var text = command.CommandText;
        if (!text.Contains("to_tsquery('english', @", StringComparison.Ordinal))
        {
            return;
        }

        var inlined = new HashSet<string>(StringComparer.Ordinal);
        text = Parameterised().Replace(text, match =>
        {
            var name = match.Groups[1].Value;
            var parameter = Find(command.Parameters, name[1..]);
            if (parameter?.Value is not string words || !Words().IsMatch(words))
            {
                return match.Value;
            }

            inlined.Add(parameter.ParameterName);
            return $"to_tsquery('english', '{words}')";
        });

        if (inlined.Count == 0)
        {
            return;
        }

        command.CommandText = text;
        foreach (var name in inlined)
        {
            // Only a parameter no longer named anywhere in the statement is dropped.
            if (!Regex.IsMatch(text, "@" + Regex.Escape(name.TrimStart('@')) + @"(?!\w)") && Find(command.Parameters, name.TrimStart('@')) is { } unused)
            {
                command.Parameters.Remove(unused);
            }
        }
    }

    private static DbParameter? Find(DbParameterCollection parameters, string name)
    {
        foreach (DbParameter parameter in parameters)
        {
            if (parameter.ParameterName.TrimStart('@').Equals(name, StringComparison.Ordinal))
            {
                return parameter;
            }
        }

        return null;
    }
}
