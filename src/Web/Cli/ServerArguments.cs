namespace NewsTreaty.Web.Cli;

/// <summary>
/// The arguments that start the web server rather than a command: ASP.NET Core's host options and configuration keys
/// (<c>--urls http://…</c>, <c>--environment Production</c>, <c>--Database:Provider=postgresql</c>), each as
/// <c>--name value</c> or <c>--name=value</c>. Anything else is taken for a command, so a typo is reported, not ignored.
/// </summary>
internal static class ServerArguments
{
    // WebHostDefaults' keys: the host (and WebApplicationFactory, which starts it with these) may pass any of them.
    private static readonly string[] HostOptions =
    [
        "urls", "environment", "contentRoot", "webroot", "applicationName", "startupAssembly", "hostingStartupAssemblies",
        "hostingStartupExcludeAssemblies", "detailedErrors", "captureStartupErrors", "preferHostingUrls", "preventHostingStartup",
        "suppressStatusMessages", "shutdownTimeoutSeconds", "staticWebAssets", "http_ports", "https_ports", "https_port",
    ];

    public static string Describe => "--urls, --environment and any setting as --Section:Key=value";

    public static bool AreAll(string[] args)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                return false;
            }

            var name = arg[2..].Split('=', 2)[0];
            // "--Logging=" beside "--Logging:MinimumLevel=…": a section line, as WebApplicationFactory passes settings.
            var section = arg.EndsWith('=') && args.Any(a => a.StartsWith($"--{name}:", StringComparison.OrdinalIgnoreCase));
            if (!name.Contains(':', StringComparison.Ordinal) && !section && !HostOptions.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                return false;
            }

            if (!arg.Contains('=', StringComparison.Ordinal))
            {
                i++; // "--urls http://…": the next argument is the value
            }
        }

        return true;
    }

    /// <summary>Edit distance, for "did you mean": 'exprot' is one swap (two edits) from 'export'.</summary>
    public static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
