using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace NewsTreaty.Api.Tests.Properties;

/// <summary>
/// A Schemathesis-style run over every operation of the served document: FsCheck generates valid and invalid
/// parameters and bodies from its schemas, sent with and without a key, and every answer must be no 5xx, a status
/// the operation declares, and a body that validates against the schema declared for it (problems included).
/// </summary>
public sealed class EveryOperationTests(SqliteWriteHost host) : IClassFixture<SqliteWriteHost>
{
    private const int CasesPerOperation = 40;

    [Fact]
    public async Task EveryOperationAnswersAsDeclaredForGeneratedValidAndInvalidInput()
    {
        var document = await host.Anonymous.GetJsonAsync("/openapi/v1.json");
        var slugs = new List<string>();
        foreach (var list in new[] { "claims", "events", "actors", "articles" })
        {
            slugs.AddRange((await host.Anonymous.GetJsonAsync($"/api/v1/{list}?limit=5")).Items().Select(i => i.Str("slug")));
        }

        var values = new SchemaValues(document, slugs);
        var declared = new DeclaredResponses(document);
        var anonymous = host.Anonymous;
        var keyed = host.Admin;
        var findings = new List<string>();
        var sent = 0;
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                var where = $"{operation.Name.ToUpperInvariant()} {path.Name}";
                var property = Prop.ForAll(Requests(values, path.Name, operation.Name, operation.Value).ToArbitrary(), request =>
                {
                    var (status, media, body) = Task.Run(() => SendAsync(request.Key ? keyed : anonymous, request)).GetAwaiter().GetResult();
                    Interlocked.Increment(ref sent);
                    // 501 is the oEmbed spec's answer to a format it does not serve; every other 5xx is a bug.
                    var problems = (status >= 500 && status != 501 ? [$"{status} server error: {string.Join(" / ", host.Factory.Logs.Lines.Where(l => l.Contains("Exception", StringComparison.Ordinal)).TakeLast(1))}"] : Enumerable.Empty<string>())
                        .Concat(declared.Problems(operation.Value, status, media, body)).ToList();
                    return problems.Count == 0 ? true : throw new InvalidOperationException($"{request}: {string.Join(" | ", problems)}\n{Truncate(body)}");
                });
                try
                {
                    Check.One(Config.QuickThrowOnFailure.WithMaxTest(CasesPerOperation).WithQuietOnSuccess(true), property);
                }
                catch (Exception ex)
                {
                    findings.Add($"{where}: {ex.Message}");
                }
            }
        }

        Assert.True(findings.Count == 0, $"{findings.Count} operations answered outside their declaration ({sent} requests):\n{string.Join("\n\n", findings)}");
        Assert.True(sent >= CasesPerOperation * 40, $"only {sent} requests were sent");
    }

    private static Gen<Request> Requests(SchemaValues values, string path, string method, JsonElement operation)
    {
        var parameters = operation.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray().ToList() : [];
        var body = operation.TryGetProperty("requestBody", out var rb) && rb.TryGetProperty("content", out var content) ? content.EnumerateObject().ToList() : [];
        var parameterValues = parameters.Select(p => Gen.Frequency(
                (3, values.Parameter(p.GetProperty("schema"), valid: true).Select(v => (Parameter: p, Value: (string?)v))),
                (2, values.Parameter(p.GetProperty("schema"), valid: false).Select(v => (Parameter: p, Value: (string?)v))),
                (p.TryGetProperty("required", out var r) && r.GetBoolean() ? 1 : 3, Gen.Constant((Parameter: p, Value: (string?)null)))));
        var bodies = body.Count == 0
            ? Gen.Constant<(string?, string?)>((null, null))
            : Gen.Elements(body.ToArray()).SelectMany(media => Gen.Frequency(
                (3, (media.Value.TryGetProperty("schema", out var s) ? values.Valid(s) : Gen.Constant<System.Text.Json.Nodes.JsonNode?>("text")).Select(n => Body(media.Name, n))),
                (2, (media.Value.TryGetProperty("schema", out var i) ? values.Invalid(i) : Gen.Constant<System.Text.Json.Nodes.JsonNode?>(null)).Select(n => Body(media.Name, n))),
                (1, Gen.Elements("{", "[]", "null", "\"text\"", "<html><p>x</p></html>", "").Select(t => ((string?)media.Name, (string?)t)))));
        return from chosen in Gen.CollectToSequence(parameterValues)
               from payload in bodies
               from key in Gen.Elements(true, true, false)
               select Build(path, method, chosen.ToList(), payload, key);
    }

    private static (string?, string?) Body(string media, System.Text.Json.Nodes.JsonNode? node) =>
        (media, media.EndsWith("json", StringComparison.Ordinal) ? node?.ToJsonString() ?? "null" : node is System.Text.Json.Nodes.JsonValue v && v.TryGetValue<string>(out var s) ? s : node?.ToJsonString() ?? "");

    private static Request Build(string path, string method, List<(JsonElement Parameter, string? Value)> chosen, (string? Media, string? Text) body, bool key)
    {
        var url = new StringBuilder();
        var query = new List<string>();
        var headers = new List<(string, string)>();
        var resolved = path;
        foreach (var (parameter, value) in chosen)
        {
            var name = parameter.GetProperty("name").GetString()!;
            switch (parameter.GetProperty("in").GetString())
            {
                case "path":
                    // The in-memory test server refuses a NUL in the path before the host sees it (Kestrel answers 400).
                    var segment = value?.Replace("\0", "", StringComparison.Ordinal).Replace("%00", "", StringComparison.Ordinal);
                    resolved = resolved.Replace("{" + name + "}", Uri.EscapeDataString(string.IsNullOrEmpty(segment) ? "none" : segment), StringComparison.Ordinal);
                    break;
                case "query" when value is not null:
                    query.Add(Uri.EscapeDataString(name) + "=" + Uri.EscapeDataString(value));
                    break;
                case "header" when value is not null && value.All(c => c is >= ' ' and < (char)127):
                    headers.Add((name, value));
                    break;
            }
        }

        url.Append(resolved);
        if (query.Count > 0)
        {
            url.Append('?').AppendJoin('&', query);
        }

        return new Request(method.ToUpperInvariant(), url.ToString(), headers, body.Media, body.Text, key);
    }

    private static async Task<(int Status, string? Media, string Body)> SendAsync(HttpClient client, Request request)
    {
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), new Uri(request.Url, UriKind.Relative));
        foreach (var (name, value) in request.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        if (request.Media is not null && request.Body is not null)
        {
            message.Content = new StringContent(request.Body, Encoding.UTF8);
            message.Content.Headers.ContentType = new MediaTypeHeaderValue(request.Media) { CharSet = "utf-8" };
        }

        using var response = await client.SendAsync(message).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync().ConfigureAwait(false);
        return ((int)response.StatusCode, response.Content.Headers.ContentType?.MediaType, text);
    }

    private static string Truncate(string body) => body.Length > 400 ? body[..400] + "…" : body;

    private sealed record Request(string Method, string Url, List<(string Name, string Value)> Headers, string? Media, string? Body, bool Key)
    {
        public override string ToString() =>
            $"{Method} {(Url.Length > 300 ? Url[..300] + "…" : Url)}{(Key ? " (keyed)" : "")}{string.Concat(Headers.Select(h => $" [{h.Name}: {h.Value}]"))}"
            + (Body is null ? "" : $" {Media} {(Body.Length > 300 ? Body[..300] + "…" : Body)}");
    }
}
