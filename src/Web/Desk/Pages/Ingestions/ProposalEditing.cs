using Microsoft.AspNetCore.Components.Forms;
using NewsTreaty.Domain.Ingestion.Review;
using NewsTreaty.Web.Desk.Forms.Proposals;

namespace NewsTreaty.Web.Desk.Pages.Ingestions;

/// <summary>The proposal being edited: its form, the form's validation state, and messages about no single field.</summary>
public sealed class ProposalEditing
{
    public ProposalEditing(int id, ProposalKind kind, string payload)
    {
        Id = id;
        Form = ProposalForm.From(kind, payload);
        Context = new EditContext(Form);
        Messages = new ValidationMessageStore(Context);

        // A message stands until its field changes.
        Context.OnFieldChanged += (_, e) => Messages.Clear(e.FieldIdentifier);
    }

    public int Id { get; }

    public ProposalForm Form { get; }

    public EditContext Context { get; }

    public ValidationMessageStore Messages { get; }

    public IReadOnlyList<string> General { get; private set; } = [];

    /// <summary>The payload to write, or null (with the messages shown beside the fields) when the form needs fixing.</summary>
    public string? Payload()
    {
        General = [];
        var valid = Form.Validate(Messages);
        Context.NotifyValidationStateChanged();
        return valid ? ProposalPayloads.Write(Form.ToPayload()) : null;
    }

    /// <summary>Shows why the domain refused what accepting would write.</summary>
    public void Refused(IReadOnlyDictionary<string, string[]> errors)
    {
        Messages.Clear();
        General = Form.Show(errors, Messages);
        Context.NotifyValidationStateChanged();
    }

    public void Refused(string message)
    {
        Messages.Clear();
        General = [message];
        Context.NotifyValidationStateChanged();
    }
}
