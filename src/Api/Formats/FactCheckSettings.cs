namespace NewsTreaty.Api.Formats;

/// <summary>
/// Section "FactCheck": the organisation that reviews claims, named as the <c>author</c> of every ClaimReview
/// (Google's Fact Check markup requires it). Without a name the reviewer is "NewsTreaty" at this site's address.
/// </summary>
public sealed class FactCheckSettings
{
    public const string Section = "FactCheck";

    public string? OrganizationName { get; set; }

    /// <summary>The organisation's home page; this site's root when empty.</summary>
    public string? OrganizationUrl { get; set; }

    public string? OrganizationLogo { get; set; }
}
