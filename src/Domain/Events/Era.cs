using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Events;

/// <summary>A named period of the story, used to band the timeline.</summary>
public sealed class Era : Entity
{
    private Era()
    {
    }

    public Era(string slug, string name, PartialDate start, PartialDate? end, string? summary)
    {
        SetSlug(slug, "era");
        Update(name, start, end, summary);
    }

    public string Name { get; private set; } = "";

    public PartialDate Start { get; private set; } = PartialDate.OfYear(2000);

    public PartialDate? End { get; private set; }

    public string? Summary { get; private set; }

    public void Update(string name, PartialDate start, PartialDate? end, string? summary)
    {
        if (end is not null && end.End < start.Start)
        {
            throw new DomainException($"Era '{Slug}' ends ({end}) before it starts ({start}).");
        }

        Name = Required(name, "Era name", Limits.Name);
        Start = start;
        End = end;
        Summary = Optional(summary, "Era summary", Limits.Summary);
    }
}
