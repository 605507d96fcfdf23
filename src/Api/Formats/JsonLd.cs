using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NewsTreaty.Domain.Actors;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Claims;
using NewsTreaty.Domain.Events;

namespace NewsTreaty.Api.Formats;

/// <summary>
/// schema.org JSON-LD for search engines and fact-check aggregators: Claim (with a ClaimReview once the
/// claim has been reviewed), NewsArticle, Event, and Person or Organization with Wikidata sameAs.
/// Each node's @id is its API URL.
/// </summary>
public sealed class JsonLd(HttpRequest request)
{
    private const string Context = "https://schema.org";

    private string Origin => $"{request.Scheme}://{request.Host}{request.PathBase}";

    private string Url(string resource, string slug) => $"{Origin}/api/v1/{resource}/{Uri.EscapeDataString(slug)}";

    /// <summary>The public page a reader (and a search engine) sees for a record.</summary>
    private string Page(string resource, string slug) => $"{Origin}/{resource}/{Uri.EscapeDataString(slug)}";

    /// <summary>
    /// An unreviewed claim is a schema.org Claim. A reviewed one is a ClaimReview as Google's Fact Check markup asks:
    /// url (the claim's page), author (the reviewing organisation), datePublished, claimReviewed, reviewRating with
    /// alternateName, and itemReviewed, the Claim with its author, first appearance and every appearance.
    /// </summary>
    public JsonObject Claim(ClaimView c)
    {
        var claim = Node("Claim", Url("claims", c.Slug));
        claim["text"] = c.Text;
        claim["author"] = c.Claimant.Type == "actor"
            ? Ref(c.Claimant.ActorKind == ActorKind.Person ? "Person" : "Organization", Url("actors", c.Claimant.Slug), c.Claimant.Name)
            : Ref("NewsMediaOrganization", null, c.Claimant.Name);
        if (c.FirstSeen is { } seen)
        {
            claim["datePublished"] = seen.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        }

        claim["about"] = Array(c.Subjects.Select(Actor));
        claim["appearance"] = Array(c.Appearances.Select(a =>
        {
            var article = Ref("NewsArticle", Url("articles", a.Article.Slug), null);
            article["headline"] = a.Article.Headline;
            article["datePublished"] = a.Article.Published.Value.TrimEnd('~');
            article["publisher"] = Ref("NewsMediaOrganization", null, a.Outlet.Name);
            article["text"] = a.Quote;
            return article;
        }));
        // Appearances come grouped by origin, so the earliest is looked for rather than taken from the front.
        if (c.Appearances.Where(a => a.Role != AppearanceRole.Disputes).MinBy(a => a.Article.Published.Start) is { } first)
        {
            claim["firstAppearance"] = new JsonObject { ["@id"] = Url("articles", first.Article.Slug) };
        }

        if (c.Quantities.Count > 0)
        {
            claim["mentions"] = Array(c.Quantities.Select(Quantity));
        }

        if (c.Status == ReviewStatus.Unreviewed)
        {
            return WithContext(claim);
        }

        var review = Node("ClaimReview", Page("claims", c.Slug) + "#review");
        review["url"] = Page("claims", c.Slug);
        review["author"] = Reviewer();
        review["datePublished"] = c.UpdatedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        review["claimReviewed"] = c.Text;
        review["reviewRating"] = new JsonObject { ["@type"] = "Rating", ["alternateName"] = RatingName(c.Status) };
        if (c.StatusNote is { } note)
        {
            review["reviewBody"] = note;
        }

        review["itemReviewed"] = claim;
        return WithContext(review);
    }

    private JsonObject Reviewer()
    {
        var settings = request.HttpContext.RequestServices.GetService<IOptions<FactCheckSettings>>()?.Value ?? new FactCheckSettings();
        var reviewer = Ref("Organization", null, string.IsNullOrWhiteSpace(settings.OrganizationName) ? "NewsTreaty" : settings.OrganizationName);
        reviewer["url"] = string.IsNullOrWhiteSpace(settings.OrganizationUrl) ? $"{Origin}/" : settings.OrganizationUrl;
        if (!string.IsNullOrWhiteSpace(settings.OrganizationLogo))
        {
            reviewer["logo"] = settings.OrganizationLogo;
        }

        return reviewer;
    }

    private static string RatingName(ReviewStatus status) => status switch
    {
        ReviewStatus.Confirmed => "True",
        ReviewStatus.Disputed => "Disputed",
        ReviewStatus.False => "False",
        _ => "Misleading",
    };

    /// <summary>
    /// A stated figure as a QuantitativeValue; a magnitude ("millions") has no value, only the power of ten it
    /// starts at as <c>minValue</c>, so no consumer reads a number the source never gave.
    /// </summary>
    private static JsonObject Quantity(QuantityView q)
    {
        var node = new JsonObject { ["@type"] = "QuantitativeValue", ["unitText"] = q.Unit };
        if (q.Value is { } value)
        {
            node["value"] = value;
        }
        else if (q.Magnitude is { } magnitude)
        {
            node["minValue"] = (decimal)Math.Pow(10, magnitude.Exponent());
        }

        if (q.Text is { } text)
        {
            node["description"] = text;
        }

        return node;
    }

    public JsonObject Article(ArticleView a)
    {
        var article = Node("NewsArticle", Url("articles", a.Slug));
        article["headline"] = a.Headline;
        article["datePublished"] = a.Published.Date.Value.TrimEnd('~');
        article["publisher"] = Ref("NewsMediaOrganization", null, a.Outlet.Name);
        article["inLanguage"] = a.Language;
        if (a.Byline is { } byline)
        {
            article["author"] = Ref("Person", null, byline);
        }

        if (a.CanonicalUrl is { } url)
        {
            article["url"] = url;
        }

        article["mentions"] = Array(a.Actors.Select(Actor).Concat(a.Events.Select(e => Ref("Event", Url("events", e.Slug), e.Title))));
        return WithContext(article);
    }

    public JsonObject Event(EventView e)
    {
        var node = Node("Event", Url("events", e.Slug));
        node["name"] = e.Title;
        node["description"] = e.Summary;
        node["startDate"] = e.Date.Value.TrimEnd('~');
        if (e.EndDate is { } end)
        {
            node["endDate"] = end.Value.TrimEnd('~');
        }

        if (e.Place is { } place)
        {
            node["location"] = new JsonObject { ["@type"] = "Place", ["name"] = place };
        }

        node["performer"] = Array(e.Actors.Select(a => Actor(a.Actor)));
        node["subjectOf"] = Array(e.Coverage.Select(c => Ref("NewsArticle", Url("articles", c.Article.Slug), c.Article.Headline)));
        return WithContext(node);
    }

    public JsonObject Actor(ActorView a)
    {
        var node = Node(a.Kind == ActorKind.Person ? "Person" : "Organization", Url("actors", a.Slug));
        node["name"] = a.Name;
        node["description"] = a.Description;
        node["alternateName"] = Array(a.Aliases.Select(x => (JsonNode)JsonValue.Create(x.Name)));
        if (a.WikidataUrl is { } wikidata)
        {
            node["sameAs"] = wikidata;
        }

        if (a.Kind == ActorKind.Person && a.Affiliations.Count > 0)
        {
            // One node per organisation: several roles at the same one (dated terms) are one affiliation in schema.org.
            node["affiliation"] = Array(a.Affiliations.Select(f => f.Organisation).DistinctBy(o => o.Slug).Select(Actor));
        }

        return WithContext(node);
    }

    /// <summary>
    /// A publisher as a NewsMediaOrganization. The @id is the outlet's reader page (as it always was, on every page and
    /// record that names the outlet), not /api/v1/outlets/{slug}; its
    /// home page is its url; state-affiliated outlets say so in a description.
    /// </summary>
    public JsonObject Outlet(OutletRef o, string? homepage)
    {
        var node = Node("NewsMediaOrganization", $"{request.Scheme}://{request.Host}{request.PathBase}/outlets/{o.Slug}");
        node["name"] = o.Name;
        if (homepage is not null)
        {
            node["url"] = homepage;
        }

        node["address"] = new JsonObject { ["@type"] = "PostalAddress", ["addressCountry"] = o.Country };
        if (o.StateAffiliated)
        {
            node["description"] = "State-owned or state-directed media.";
        }

        return WithContext(node);
    }

    private JsonObject Actor(ActorRef a)
    {
        var node = Ref(a.Kind == ActorKind.Person ? "Person" : "Organization", Url("actors", a.Slug), a.Name);
        return node;
    }

    private static JsonObject Node(string type, string? id)
    {
        var node = new JsonObject { ["@type"] = type };
        if (id is not null)
        {
            node["@id"] = id;
        }

        return node;
    }

    private static JsonObject Ref(string type, string? id, string? name)
    {
        var node = Node(type, id);
        if (name is not null)
        {
            node["name"] = name;
        }

        return node;
    }

    private static JsonArray Array(IEnumerable<JsonNode> nodes) => new([.. nodes]);

    private static JsonObject WithContext(JsonObject node)
    {
        var result = new JsonObject { ["@context"] = Context };
        foreach (var (key, value) in node.ToList())
        {
            node.Remove(key);
            result[key] = value;
        }

        return result;
    }
}
