using System.Diagnostics;

namespace NewsTreaty.Web.Infrastructure;

/// <summary>One structured line per request (Serilog.AspNetCore is not in our registry).</summary>
internal sealed class RequestLogging(RequestDelegate next, ILogger<RequestLogging> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            var status = context.Response.StatusCode;
            var level = status >= 500 ? LogLevel.Error : elapsed > 1000 ? LogLevel.Warning : LogLevel.Information;
            if (logger.IsEnabled(level))
            {
                logger.Log(level, "HTTP {Method} {Path} responded {StatusCode} in {Elapsed:0.0} ms",
                    context.Request.Method, context.Request.Path.Value, status, elapsed);
            }
        }
    }
}
