using Microsoft.AspNetCore.Components.Forms;
using NewsTreaty.Domain.Data.Dataset;

namespace NewsTreaty.Web.Desk.Forms.Proposals;

/// <summary>A new claim with its quotation, edited with the claim form itself (kind, hedging, claimant, quantities).</summary>
public sealed class ClaimProposalForm(BundleClaim payload) : ProposalForm
{
    public ClaimForm Claim { get; } = ClaimForm.From(payload, 0);

    public override object ToPayload() => Claim.ToRecord();

    protected override IEnumerable<(object Form, IReadOnlyDictionary<string, IReadOnlyList<IFormRow>> Lists, string Path)> Parts => [(Claim, Claim.Lists, "payload.")];

    protected override void Check(ValidationMessageStore messages) => ClaimForm.Check(Claim, messages);
}
