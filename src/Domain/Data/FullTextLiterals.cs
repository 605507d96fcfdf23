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

    [GeneratedRegex(@"to_tsquery\('english', @(\w+)\)")]
    private static partial Regex Parameterised();

    [GeneratedRegex(@"^[\p{L}\p{N}]+(:\*)?( [&|] [\p{L}\p{N}]+(:\*)?)*$")]
    private static partial Regex Words();

    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex ParameterReference();

    /// <summary>Every command EF Core runs passes here once, whether it reads rows, a scalar or nothing, synchronously or not.</summary>
    public override DbCommand CommandInitialized(CommandEndEventData eventData, DbCommand result)
    {
        Inline(result);
        return result;
    }

    /// <summary>Rewrites the command's text in place; public for the tests.</summary>
    public static void Inline(DbCommand command)
    {
        var text = command.CommandText;
        if (!text.Contains("to_tsquery('english', @", StringComparison.Ordinal))
        {
            return;
        }

        var inlined = new List<DbParameter>();
        text = Parameterised().Replace(text, match =>
        {
            if (Find(command.Parameters, match.Groups[1].Value) is not { Value: string words } parameter || !Words().IsMatch(words))
            {
                return match.Value;
            }

            inlined.Add(parameter);
            return $"to_tsquery('english', '{words}')";
        });

        if (inlined.Count == 0)
        {
            return;
        }

        command.CommandText = text;
        // Only a parameter no longer named anywhere in the statement is dropped.
        var named = ParameterReference().Matches(text).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
        foreach (var parameter in inlined.Distinct().Where(p => !named.Contains(p.ParameterName.TrimStart('@'))))
        {
            command.Parameters.Remove(parameter);
        }
    }

    private static DbParameter? Find(DbParameterCollection parameters, string name) =>
        parameters.Cast<DbParameter>().FirstOrDefault(p => p.ParameterName.TrimStart('@').Equals(name, StringComparison.Ordinal));
}
