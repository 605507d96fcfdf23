using System.Text.Json;

namespace NewsTreaty.Domain.Ingestion.Cleaning;

/// <summary>Collects what a page says about itself: meta tags, the canonical link, the lang attribute and JSON-LD.</summary>
internal sealed class HtmlHeadReader
{
    private readonly Dictionary<string, string> _meta = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _jsonLd = [];
    private string? _canonical;
    private string? _language;
    private string? _title;

    public void Tag(HtmlTag tag)
    {
        switch (tag.Name)
        {
            case "html":
                _language ??= tag.Attribute("lang");
                break;
            case "meta":
                var key = tag.Attribute("property") ?? tag.Attribute("name") ?? tag.Attribute("itemprop");
                if (key is { Length: > 0 } && tag.Attribute("content") is { Length: > 0 } content)
                {
                    _meta.TryAdd(key, content.Trim());
                }

                break;
            case "link" when tag.Attribute("rel")?.Contains("canonical", StringComparison.OrdinalIgnoreCase) == true:
                _canonical ??= tag.Attribute("href");
                break;
        }
    }

    public void Content(string name, HtmlTag tag, string raw, int start, int end)
    {
        if (name == "title")
        {
            _title ??= System.Net.WebUtility.HtmlDecode(raw[start..end]).Trim();
        }
        else if (name == "script" && tag.Attribute("type")?.Contains("ld+json", StringComparison.OrdinalIgnoreCase) == true && _jsonLd.Count < 8)
        {
            _jsonLd.Add(raw[start..end]);
        }
    }

    public PageMetadata Build()
    {
        var page = new PageMetadata(
            Title: Meta("og:title") ?? Meta("twitter:title") ?? _title,
            SiteName: Meta("og:site_name") ?? Meta("application-name") ?? Meta("publisher"),
            Published: Meta("article:published_time") ?? Meta("datePublished") ?? Meta("pubdate") ?? Meta("date") ?? Meta("dc.date"),
            Modified: Meta("article:modified_time") ?? Meta("dateModified") ?? Meta("og:updated_time"),
            Author: Meta("author") ?? Meta("article:author") ?? Meta("byl"),
            Section: Meta("article:section"),
            Description: Meta("og:description") ?? Meta("description"),
            CanonicalUrl: _canonical ?? Meta("og:url"),
            Language: _language ?? Meta("og:locale"),
            ArticleType: Meta("og:type"));
        foreach (var json in _jsonLd)
        {
            page = JsonLd.Merge(page, json);
        }

        return page;
    }

    private string? Meta(string key) => _meta.TryGetValue(key, out var value) ? value : null;
}

/// <summary>Reads schema.org Article objects (also inside @graph) into the page metadata; bad JSON is ignored.</summary>
internal static class JsonLd
{
    public static PageMetadata Merge(PageMetadata page, string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 32 });
            return Find(document.RootElement, page, 0);
        }
        catch (JsonException)
        {
            return page;
        }
    }

    private static PageMetadata Find(JsonElement element, PageMetadata page, int depth)
    {
        if (depth > 4)
        {
            return page;
        }

        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                page = Find(item, page, depth + 1);
            }

            return page;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return page;
        }

        if (element.TryGetProperty("@graph", out var graph))
        {
            page = Find(graph, page, depth + 1);
        }

        var type = Text(element, "@type");
        if (type is null || !type.Contains("Article", StringComparison.OrdinalIgnoreCase) && !type.Contains("Posting", StringComparison.OrdinalIgnoreCase))
        {
            return page;
        }

        return page with
        {
            Title = page.Title ?? Text(element, "headline"),
            Published = Text(element, "datePublished") ?? page.Published,
            Modified = page.Modified ?? Text(element, "dateModified"),
            Author = Name(element, "author") ?? page.Author,
            SiteName = page.SiteName ?? Name(element, "publisher"),
            Section = page.Section ?? Text(element, "articleSection"),
            Language = page.Language ?? Text(element, "inLanguage"),
            ArticleType = type,
        };
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Array when value.GetArrayLength() > 0 && value[0].ValueKind == JsonValueKind.String => string.Join(", ", value.EnumerateArray().Select(v => v.ToString())),
            _ => null,
        } : null;

    private static string? Name(JsonElement element, string name)
    {
        if (!element.TryGetProperty(name, out var value))
        {
            return null;
        }

        var names = (value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value])
            .Select(v => v.ValueKind == JsonValueKind.Object ? Text(v, "name") : v.ValueKind == JsonValueKind.String ? v.GetString() : null)
            .Where(n => !string.IsNullOrWhiteSpace(n))
            .ToList();
        return names.Count == 0 ? null : string.Join(" and ", names);
    }
}
