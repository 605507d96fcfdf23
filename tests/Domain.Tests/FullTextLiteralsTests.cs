using FsCheck;
using FsCheck.Fluent;
using NewsTreaty.Domain.Data;
using NewsTreaty.Domain.Querying;
using Npgsql;

namespace NewsTreaty.Domain.Tests;

/// <summary>
/// The rewrite that puts PostgreSQL word searches into the statement as literals, so a prepared statement's plan always
/// knows the words (docs/performance.md): what it writes in, and that nothing else ever reaches the text.
/// </summary>
public sealed class FullTextLiteralsTests
{
    private static NpgsqlCommand Command(string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter(name, value));
        }

        return command;
    }

    [Fact]
    public void TheWordsOfASearchBecomeALiteralAndTheirParameterGoes()
    {
        using var command = Command("""
            SELECT f."Id" FROM claims_fts f, to_tsquery('english', @p0) q(q) WHERE f."Vector" @@ q.q AND f."Id" > @p1 LIMIT @p10
            """, ("p0", "treaty & missile"), ("p1", 7), ("p10", 21));

        FullTextLiterals.Inline(command);

        Assert.Contains("to_tsquery('english', 'treaty & missile') q(q)", command.CommandText, StringComparison.Ordinal);
        Assert.Contains("@p1 LIMIT @p10", command.CommandText, StringComparison.Ordinal);
        Assert.Equal(["p1", "p10"], command.Parameters.Select(p => p.ParameterName));
    }

    [Fact]
    public void AParameterUsedTwiceIsWrittenInBothPlacesAndEverySearchOfTheStatementIsRewritten()
    {
        using var command = Command("""
            SELECT ts_headline('english', e."Title", to_tsquery('english', @p0)), (f."Vector" @@ to_tsquery('english', @p1))::int
            FROM events_fts f, to_tsquery('english', @p0) q(q)
            """, ("p0", "kim:* | putin:*"), ("p1", "putin:*"));

        FullTextLiterals.Inline(command);

        Assert.Equal(2, command.CommandText.Split("to_tsquery('english', 'kim:* | putin:*')").Length - 1);
        Assert.Contains("to_tsquery('english', 'putin:*')", command.CommandText, StringComparison.Ordinal);
        Assert.Empty(command.Parameters);
    }

    [Fact]
    public void AParameterStillNamedElsewhereInTheStatementIsKept()
    {
        using var command = Command("""SELECT to_tsquery('english', @p0), length(@p0)""", ("p0", "treaty"));

        FullTextLiterals.Inline(command);

        Assert.Equal("SELECT to_tsquery('english', 'treaty'), length(@p0)", command.CommandText);
        Assert.Single(command.Parameters);
    }

    [Theory]
    [InlineData("treaty'); DROP TABLE claims; --")]
    [InlineData("treaty & 'x'")]
    [InlineData("treaty\\")]
    [InlineData("")]
    [InlineData("treaty  &  missile")]
    [InlineData("treaty <-> missile")]
    public void AnythingButWordsAndOperatorsStaysAParameter(string value)
    {
        const string sql = """SELECT 1 FROM claims_fts f WHERE f."Vector" @@ to_tsquery('english', @p0)""";
        using var command = Command(sql, ("p0", value));

        FullTextLiterals.Inline(command);

        Assert.Equal(sql, command.CommandText);
        Assert.Single(command.Parameters);
    }

    [Fact]
    public void StatementsWithoutAWordSearchAreLeftAlone()
    {
        const string sql = """SELECT c."Id" FROM claims AS c WHERE c."Id" = @p0""";
        using var command = Command(sql, ("p0", 5));

        FullTextLiterals.Inline(command);

        Assert.Equal(sql, command.CommandText);
        Assert.Single(command.Parameters);
    }

    [Fact]
    public void WhateverTheSearchTextTheStatementGainsOnlyItsWordsBetweenTwoQuotes() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), ArbMap.Default.ArbFor<bool>(), (q, prefix) =>
        {
            var words = SearchWords.Of(q ?? "");
            var value = words.Count == 0 ? q ?? "" : string.Join(prefix ? " | " : " & ", words.Select(w => prefix ? w + ":*" : w));
            const string sql = """SELECT 1 FROM claims_fts f WHERE f."Vector" @@ to_tsquery('english', @p0)""";
            using var command = Command(sql, ("p0", value));

            FullTextLiterals.Inline(command);

            return words.Count == 0
                ? command.CommandText == sql || command.CommandText == sql.Replace("@p0", $"'{value}'", StringComparison.Ordinal) && value.All(char.IsLetterOrDigit)
                : command.CommandText == sql.Replace("@p0", $"'{value}'", StringComparison.Ordinal) && command.Parameters.Count == 0
                  && command.CommandText.Count(c => c == '\'') == 4 && !value.Contains('\\', StringComparison.Ordinal);
        }).QuickCheckThrowOnFailure();
}
