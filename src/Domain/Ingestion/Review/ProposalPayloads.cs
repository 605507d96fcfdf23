using System.Text.Json;
using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Editing;

namespace NewsTreaty.Domain.Ingestion.Review;

/// <summary>The article to create: a bundle article (its text is the ingestion's) and, when its outlet is not known yet, that outlet.</summary>
public sealed record ArticlePayload(BundleArticle Article, BundleOutlet? NewOutlet = null);

/// <summary>Where the text names an actor.</summary>
public sealed record MentionPayload(int Start, int End, string Text);

/// <summary>A known actor (<see cref="Known"/>, a slug) or a new one (<see cref="New"/>), with every mention of it.</summary>
public sealed record ActorPayload(string? Known, BundleActor? New, List<MentionPayload> Mentions);

/// <summary>A time expression as resolved; dates are EDTF like everywhere else.</summary>
public sealed record TimePayload(string Text, TimeKind Kind, string? Date, string? EndDate, string? Note = null);

/// <summary>A known claim (<see cref="Claim"/>, a slug) this article repeats; accepting adds <see cref="Appearance"/> to it.</summary>
public sealed record ClaimMatchPayload(string Claim, BundleAppearance Appearance, double Similarity, string? Reason = null);

/// <summary>A known event (<see cref="Known"/>, a slug) the article mentions, or a new one (<see cref="New"/>).</summary>
public sealed record EventPayload(string? Known, BundleEvent? New);

/// <summary>A known article this one is (<c>same</c>), copies (<c>syndicated</c>) or relays (<c>relays</c>, with the relayed outlet).</summary>
public sealed record ArticleMatchPayload(string Article, ArticleMatchKind Match, string? Outlet = null, string? Note = null);

/// <summary>Reads and writes proposal payloads as JSON in the bundle's conventions (kebab-case enums, unknown members refused).</summary>
public static class ProposalPayloads
{
    private static readonly JsonSerializerOptions Options = new(Bundle.JsonOptions) { WriteIndented = false };

    public static Type TypeOf(ProposalKind kind) => kind switch
    {
        ProposalKind.ArticleMetadata => typeof(ArticlePayload),
        ProposalKind.Actor => typeof(ActorPayload),
        ProposalKind.Time => typeof(TimePayload),
        ProposalKind.Claim => typeof(BundleClaim),
        ProposalKind.Event => typeof(EventPayload),
        ProposalKind.ArticleMatch => typeof(ArticleMatchPayload),
        _ => typeof(ClaimMatchPayload),
    };

    public static string Write(object payload) => JsonSerializer.Serialize(payload, payload.GetType(), Options);

    public static T Read<T>(string json) where T : class => JsonSerializer.Deserialize<T>(json, Options)!;

    public static JsonElement Element(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>Parses an editor's payload for a proposal of <paramref name="kind"/>; a malformed one is rejected at the field "payload".</summary>
    public static object Parse(ProposalKind kind, string json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, TypeOf(kind), Options)
                   ?? throw Rejected("payload", "The payload is empty.");
        }
        catch (JsonException ex)
        {
            var path = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "payload" : "payload" + ex.Path.TrimStart('$');
            throw Rejected(path, $"Not a valid {Name(kind)} payload: {ex.Message.Split(" Path:")[0]}");
        }
    }

    /// <summary>The slug of the record accepting a payload would create, if it creates one.</summary>
    public static string? CreatedSlug(object payload) => payload switch
    {
        ArticlePayload a => a.Article.Slug,
        ActorPayload { New: { } actor } => actor.Slug,
        EventPayload { New: { } @event } => @event.Slug,
        BundleClaim claim => claim.Slug,
        _ => null,
    };

    public static string Name(ProposalKind kind) => JsonNamingPolicy.KebabCaseLower.ConvertName(kind.ToString());

    internal static RecordRejectedException Rejected(string path, string message) =>
        new(new Dictionary<string, string[]> { [path] = [message] });
}
