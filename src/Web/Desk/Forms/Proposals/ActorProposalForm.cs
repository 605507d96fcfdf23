using Microsoft.AspNetCore.Components.Forms;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Ingestion.Review;

namespace NewsTreaty.Web.Desk.Forms.Proposals;

/// <summary>An actor the text names: a known actor chosen by name or alias, or a new one described with the actor form.</summary>
public sealed class ActorProposalForm : ProposalForm
{
    private readonly List<MentionPayload> _mentions;

    public ActorProposalForm(ActorPayload payload)
    {
        _mentions = payload.Mentions;
        IsNew = payload.New is not null;
        Known = payload.Known;
        New = payload.New is { } actor ? ActorForm.From(actor, 0) : new ActorForm { Name = payload.Mentions.FirstOrDefault()?.Text ?? "" };
    }

    /// <summary>True: accepting creates <see cref="New"/>; false: the mentions are <see cref="Known"/> (an ambiguous mention starts here, unchosen).</summary>
    public bool IsNew { get; set; }

    public string? Known { get; set; }

    public ActorForm New { get; }

    /// <summary>Where the text names the actor, as proposed (accepting keeps them).</summary>
    public IReadOnlyList<MentionPayload> Mentions => _mentions;

    public override object ToPayload() =>
        IsNew ? new ActorPayload(null, (BundleActor)New.ToRecord(), _mentions) : new ActorPayload(FormConflicts.Blank(Known), null, _mentions);

    protected override IEnumerable<(object Form, IReadOnlyDictionary<string, IReadOnlyList<IFormRow>> Lists, string Path)> Parts =>
        IsNew ? [(New, New.Lists, "payload.new."), (this, NoLists, "payload.")] : [(this, NoLists, "payload.")];

    protected override void Check(ValidationMessageStore messages)
    {
        if (!IsNew && string.IsNullOrWhiteSpace(Known))
        {
            messages.Add(new FieldIdentifier(this, nameof(Known)), "Choose the actor this is, or describe a new one.");
        }
    }
}
