using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Components.Forms;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Ingestion.Review;

namespace NewsTreaty.Web.Desk.Forms.Proposals;

/// <summary>
/// An open proposal as a desk form: the payload the pipeline proposed, shown with the record forms' own controls, and
/// turned back into the payload that accepting writes (through <see cref="ProposalReviewer"/>, the review API's path).
/// Nested record forms (a new actor, a claim) are checked with their own rules, and the domain's messages, keyed by
/// payload path (<c>payload.new.name</c>), are put beside the field they name.
/// </summary>
public abstract class ProposalForm
{
    public static ProposalForm From(ProposalKind kind, string payload) => kind switch
    {
        ProposalKind.Actor => new ActorProposalForm(ProposalPayloads.Read<ActorPayload>(payload)),
        ProposalKind.Time => new TimeProposalForm(ProposalPayloads.Read<TimePayload>(payload)),
        ProposalKind.Event => new EventProposalForm(ProposalPayloads.Read<EventPayload>(payload)),
        ProposalKind.Claim => new ClaimProposalForm(ProposalPayloads.Read<BundleClaim>(payload)),
        ProposalKind.ClaimMatch => new ClaimMatchProposalForm(ProposalPayloads.Read<ClaimMatchPayload>(payload)),
        ProposalKind.ArticleMatch => new ArticleMatchProposalForm(ProposalPayloads.Read<ArticleMatchPayload>(payload)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "The article proposal has its own form."),
    };

    /// <summary>What accepting writes, in the payload's shape for this kind.</summary>
    public abstract object ToPayload();

    /// <summary>The forms whose fields are shown now, each with its row lists and the payload path its fields sit under.</summary>
    protected abstract IEnumerable<(object Form, IReadOnlyDictionary<string, IReadOnlyList<IFormRow>> Lists, string Path)> Parts { get; }

    /// <summary>Rules the attributes cannot express (a choice between a known record and a new one).</summary>
    protected virtual void Check(ValidationMessageStore messages)
    {
    }

    /// <summary>Every field shown and the id of its input, for the summary's links.</summary>
    public IEnumerable<(FieldIdentifier Field, string InputId)> Fields() => Parts.SelectMany(p => FormFieldIds.Of(p.Form, p.Lists));

    /// <summary>Checks every part's attributes and the form's own rules; false (with messages) when something needs fixing.</summary>
    public bool Validate(ValidationMessageStore messages)
    {
        messages.Clear();
        foreach (var (form, lists, _) in Parts)
        {
            foreach (var target in lists.Values.SelectMany(rows => rows.Where(r => !r.IsEmpty)).Cast<object>().Prepend(form))
            {
                var results = new List<ValidationResult>();
                Validator.TryValidateObject(target, new ValidationContext(target), results, validateAllProperties: true);
                foreach (var result in results)
                {
                    foreach (var member in result.MemberNames)
                    {
                        messages.Add(new FieldIdentifier(target, member), result.ErrorMessage ?? "Check this field.");
                    }
                }
            }
        }

        Check(messages);
        return !Fields().Any(f => messages[f.Field].Any());
    }

    /// <summary>Puts the domain's messages beside their fields; returns those about no field shown.</summary>
    public IReadOnlyList<string> Show(IReadOnlyDictionary<string, string[]> errors, ValidationMessageStore messages)
    {
        var general = new List<string>();
        var parts = Parts.OrderByDescending(p => p.Path.Length).ToList();
        foreach (var (path, texts) in errors)
        {
            var part = parts.FirstOrDefault(p => path.StartsWith(p.Path, StringComparison.Ordinal));
            if (part.Form is null)
            {
                general.AddRange(texts);
                continue;
            }

            var rest = new Dictionary<string, string[]> { [path[part.Path.Length..]] = texts };
            general.AddRange(FieldErrors.Show(rest, part.Form, part.Lists, messages));
        }

        return general;
    }

    protected static readonly IReadOnlyDictionary<string, IReadOnlyList<IFormRow>> NoLists = new Dictionary<string, IReadOnlyList<IFormRow>>();
}
