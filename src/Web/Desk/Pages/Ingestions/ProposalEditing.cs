namespace NewsTreaty.Web.Desk.Pages.Ingestions;

/// <summary>The proposal being edited and its payload as the editor has typed it so far.</summary>
public sealed class ProposalEditing(int id, string payload)
{
    public int Id { get; } = id;

    public string Payload { get; set; } = payload;
}
