namespace NewsTreaty.Domain.Editing;

public enum RevisionAction
{
    Create,
    Update,
    Delete,
    Restore,
}

/// <summary>
/// One recorded change to a claim, event, actor or article: who made it, when, and the record
/// before and after as JSON in the dataset bundle's shape (null before a create, after a delete).
/// </summary>
public sealed class Revision
{
    private Revision()
    {
    }

    internal Revision(ResourceKind kind, int resourceId, string slug, int number, RevisionAction action, string actor, DateTime at,
        string? before, string? after)
    {
        ResourceType = kind;
        ResourceId = resourceId;
        ResourceSlug = slug;
        Number = number;
        Action = action;
        Actor = actor.Length <= 200 ? actor : actor[..200];
        At = at;
        Before = before;
        After = after;
    }

    public long Id { get; private set; }

    public ResourceKind ResourceType { get; private set; }

    /// <summary>The record's database id when the change was made; a restored record gets a new id but keeps its slug.</summary>
    public int ResourceId { get; private set; }

    public string ResourceSlug { get; private set; } = "";

    /// <summary>The record's revision number after the change (for a delete: the number the deletion would have had).</summary>
    public int Number { get; private set; }

    public RevisionAction Action { get; private set; }

    public string Actor { get; private set; } = "";

    public DateTime At { get; private set; }

    public string? Before { get; private set; }

    public string? After { get; private set; }
}
