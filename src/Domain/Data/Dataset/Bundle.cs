using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using NewsTreaty.Domain.Editing;

namespace NewsTreaty.Domain.Data.Dataset;

/// <summary>A whole dataset as one portable JSON document; see docs/dataset-format.md.</summary>
public sealed record Bundle
{
    public const string FormatName = "newstreaty-bundle";
    public const int CurrentVersion = 1;

    public string Format { get; init; } = FormatName;
    public int Version { get; init; } = CurrentVersion;
    public string? Title { get; init; }
    public DateTime? ExportedAt { get; init; }
    public List<BundleEra> Eras { get; init; } = [];
    public List<BundleOutlet> Outlets { get; init; } = [];
    public List<BundleActor> Actors { get; init; } = [];
    public List<BundleArticle> Articles { get; init; } = [];
    public List<BundleEvent> Events { get; init; } = [];
    public List<BundleClaim> Claims { get; init; } = [];

    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(Common.EnumNames.Policy, allowIntegerValues: false) },
        // Keep curly quotes and non-Latin names readable in the file; HTML-escaping is the renderer's job.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };
}

public sealed record BundleEra(string Slug, string Name, string Start, string? End, string? Summary);

public sealed record BundleOutlet(string Slug, string Name, string Country, Articles.OutletKind Kind, bool StateAffiliated, string? Homepage)
    : IBundleRecord<BundleOutlet>
{
    public static ResourceKind Resource => ResourceKind.Outlet;

    public Bundle AsBundle() => new() { Outlets = [this] };
}

/// <summary>An alias: <see cref="Kind"/> says when a mention may resolve through it; a title or role needs <see cref="ValidFrom"/>.</summary>
public sealed record BundleAlias(string Name, Actors.AliasKind Kind = Actors.AliasKind.Name, string? ValidFrom = null, string? ValidTo = null, string? Note = null);

public sealed record BundleAffiliation(string Organisation, string? Role = null, string? From = null, string? To = null);

public sealed record BundleActor(
    string Slug,
    string Name,
    Actors.ActorKind Kind,
    string? WikidataId,
    string? Description,
    List<BundleAlias>? Aliases = null,
    List<BundleAffiliation>? Affiliations = null)
    : IBundleRecord<BundleActor>
{
    public static ResourceKind Resource => ResourceKind.Actor;

    public Bundle AsBundle() => new() { Actors = [this] };
}

public sealed record BundlePublished(string Date, string? Time = null, string? TimeZone = null, Articles.DateBasis Basis = Articles.DateBasis.Stated, string? Note = null);

public sealed record BundleRelation(Articles.ArticleRelationKind Kind, string? Article = null, string? Outlet = null, string? Note = null);

public sealed record BundleSource(string Name, string? Sha256);

public sealed record BundleArticle(
    string Slug,
    string Outlet,
    string Headline,
    Articles.Genre Genre,
    BundlePublished Published,
    string Language = "en",
    string? PrintHeadline = null,
    string? Standfirst = null,
    string? Byline = null,
    string? Section = null,
    string? Dateline = null,
    string? CanonicalUrl = null,
    string? Summary = null,
    List<BundleRelation>? Relations = null,
    BundleSource? Source = null,
    string? Text = null,
    string? ContentHash = null)
    : IBundleRecord<BundleArticle>
{
    public static ResourceKind Resource => ResourceKind.Article;

    public Bundle AsBundle() => new() { Articles = [this] };
}

public sealed record BundleEventActor(string Actor, string Role);

public sealed record BundleEvent(
    string Slug,
    string Title,
    Events.EventKind Kind,
    string Date,
    int Importance,
    string? Summary = null,
    string? EndDate = null,
    string? Place = null,
    string? Era = null,
    List<BundleEventActor>? Actors = null,
    List<string>? Articles = null)
    : IBundleRecord<BundleEvent>
{
    public static ResourceKind Resource => ResourceKind.Event;

    public Bundle AsBundle() => new() { Events = [this] };
}

/// <summary>A stated number (<see cref="Value"/>) or, when the text gives none, a <see cref="Magnitude"/> ("millions"): exactly one.</summary>
public sealed record BundleQuantity(decimal? Value, string Unit, bool Approximate = false, string? Text = null, Claims.QuantityMagnitude? Magnitude = null);

/// <summary>The words next to a quotation that name its speaker, an exact span of the same source like the quote.</summary>
public sealed record BundleAttribution(string Quote, int Start, int End);

public sealed record BundleAppearance(string Article, string Quote, int Start, int End, Claims.AppearanceRole Role, BundleAttribution? Attribution = null);

public sealed record BundleClaim(
    string Slug,
    string Text,
    Claims.ClaimKind Kind,
    string? ClaimantActor = null,
    string? ClaimantOutlet = null,
    List<string>? Subjects = null,
    List<string>? Events = null,
    Claims.Hedging Hedging = Claims.Hedging.Asserted,
    List<BundleQuantity>? Quantities = null,
    Claims.ReviewStatus Status = Claims.ReviewStatus.Unreviewed,
    string? StatusNote = null,
    List<BundleAppearance>? Appearances = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)] bool ClaimantInferred = false,
    string? ClaimantNote = null)
    : IBundleRecord<BundleClaim>
{
    public static ResourceKind Resource => ResourceKind.Claim;

    public Bundle AsBundle() => new() { Claims = [this] };
}
