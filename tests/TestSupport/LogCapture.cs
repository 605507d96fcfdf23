using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;
using Serilog.Events;
using Serilog.Parsing;

namespace NewsTreaty.TestSupport;

/// <summary>Every log line of Information and above that the host writes, rendered, so tests can assert what was logged.</summary>
public sealed class LogCapture : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyCollection<string> Lines => _lines;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCapture capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                var message = state is IReadOnlyList<KeyValuePair<string, object?>> values ? Literal(values) ?? formatter(state, exception) : formatter(state, exception);
                capture._lines.Enqueue($"{logLevel} {category}: {message}{(exception is null ? "" : " " + exception.GetType().Name + ": " + exception.Message)}");
            }
        }
    }

    /// <summary>
    /// The host logs through Serilog, which hands other providers its message rendered with quoted strings; rendered here
    /// from the template and values as the console renders it (strings without quotes, <c>:l</c>), so a test asserts the
    /// text an operator reads.
    /// </summary>
    private static string? Literal(IReadOnlyList<KeyValuePair<string, object?>> values)
    {
        var named = values.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
        if (named.GetValueOrDefault("{OriginalFormat}") is not string format)
        {
            return null;
        }

        var text = new StringBuilder();
        foreach (var token in new MessageTemplateParser().Parse(format).Tokens)
        {
            text.Append(token is PropertyToken p && named.TryGetValue(p.PropertyName, out var value)
                ? value switch
                {
                    ScalarValue { Value: string literal } => literal,
                    LogEventPropertyValue structured => structured.ToString(p.Format, CultureInfo.InvariantCulture),
                    IFormattable formattable => formattable.ToString(p.Format, CultureInfo.InvariantCulture),
                    _ => value?.ToString(),
                }
                : token.ToString());
        }

        return text.ToString();
    }
}
