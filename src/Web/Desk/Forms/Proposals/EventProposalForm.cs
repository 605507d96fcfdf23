using Microsoft.AspNetCore.Components.Forms;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Ingestion.Review;

namespace NewsTreaty.Web.Desk.Forms.Proposals;

/// <summary>A dated happening: a known event chosen by its title (accepting links the article to it), or a new one described with the event form.</summary>
public sealed class EventProposalForm : ProposalForm
{
    public EventProposalForm(EventPayload payload)
    {
        IsNew = payload.New is not null;
        Known = payload.Known;
        New = payload.New is { } @event ? EventForm.From(@event, 0) : new EventForm();
    }

    public bool IsNew { get; set; }

    public string? Known { get; set; }

    public EventForm New { get; }

    public override object ToPayload() =>
        IsNew ? new EventPayload(null, (BundleEvent)New.ToRecord()) : new EventPayload(FormConflicts.Blank(Known), null);

    protected override IEnumerable<(object Form, IReadOnlyDictionary<string, IReadOnlyList<IFormRow>> Lists, string Path)> Parts =>
        IsNew ? [(New, New.Lists, "payload.new."), (this, NoLists, "payload.")] : [(this, NoLists, "payload.")];

    protected override void Check(ValidationMessageStore messages)
    {
        if (!IsNew && string.IsNullOrWhiteSpace(Known))
        {
            messages.Add(new FieldIdentifier(this, nameof(Known)), "Choose the event this is, or describe a new one.");
        }
    }
}
