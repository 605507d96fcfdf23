using System.ComponentModel.DataAnnotations;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Ingestion;
using NewsTreaty.Domain.Ingestion.Review;

namespace NewsTreaty.Web.Desk.Forms.Proposals;

/// <summary>A time expression and the date it resolves to, with its honest precision; the words themselves are the text's.</summary>
public sealed class TimeProposalForm(TimePayload payload) : ProposalForm
{
    /// <summary>The words in the text ("last September"); shown, not edited.</summary>
    public string Text { get; } = payload.Text;

    public TimeKind TimeKind { get; set; } = payload.Kind;

    [PartialDateText]
    public string? Date { get; set; } = payload.Date;

    [PartialDateText]
    public string? EndDate { get; set; } = payload.EndDate;

    [StringLength(Limits.Note, ErrorMessage = "The note is too long.")]
    public string? Note { get; set; } = payload.Note;

    public override object ToPayload() => new TimePayload(Text, TimeKind, FormConflicts.Blank(Date), FormConflicts.Blank(EndDate), FormConflicts.Blank(Note));

    protected override IEnumerable<(object Form, IReadOnlyDictionary<string, IReadOnlyList<IFormRow>> Lists, string Path)> Parts => [(this, NoLists, "payload.")];
}
