namespace NewsTreaty.Domain.Common;

/// <summary>
/// The top-level records (articles, actors, events, claims, outlets, eras): a database id, a
/// public slug, and a revision number that increases on every change and backs HTTP ETags.
/// </summary>
public abstract class Entity
{
    public int Id { get; private set; }

    public string Slug { get; private set; } = "";

    public int Revision { get; private set; } = 1;

    public DateTime UpdatedAt { get; private set; } = DateTime.UnixEpoch;

    protected void SetSlug(string slug, string what) => Slug = Common.Slug.Require(slug, what);

    /// <summary>Marks a change; call once per saved edit.</summary>
    public void Touch(DateTime utcNow)
    {
        Revision++;
        UpdatedAt = utcNow;
    }

    internal void Stamp(DateTime utcNow) => UpdatedAt = utcNow;

    /// <summary>A record restored from its history carries on numbering from its last revision, so ETags and history stay monotonic.</summary>
    internal void ContinueFrom(int revision, DateTime utcNow)
    {
        Revision = revision;
        UpdatedAt = utcNow;
    }

    protected static string Required(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException($"{field} is required.");
        }

        return trimmed.Length <= maxLength
            ? ControlCharacters.Check(trimmed, field)
            : throw new DomainException($"{field} is {trimmed.Length} characters long; the limit is {maxLength}.");
    }

    protected static string? Optional(string? value, string field, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        return trimmed.Length <= maxLength
            ? ControlCharacters.Check(trimmed, field)
            : throw new DomainException($"{field} is {trimmed.Length} characters long; the limit is {maxLength}.");
    }
}

public static class Limits
{
    public const int Name = 200;
    public const int Title = 300;
    public const int ShortText = 500;
    public const int Summary = 4000;
    public const int Quote = 1000;
    public const int Url = 2000;
    public const int Note = 2000;
    public const int Role = 60;
    public const int FullText = 2_000_000;
}
