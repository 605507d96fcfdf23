using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components.Forms;

namespace NewsTreaty.Web.Editor;

/// <summary>
/// Puts the domain's rule messages (keyed by JSON path, e.g. <c>appearances[1].article</c>) beside the form
/// field they are about; a message about no single field is shown above the form.
/// </summary>
internal static partial class EditorErrors
{
    public static void Show(IReadOnlyDictionary<string, string[]> errors, object form, IReadOnlyList<object> rows,
        ValidationMessageStore messages, List<string> general)
    {
        var saved = rows.Select((row, i) => (row, i)).Where(r => r.row is not (EvidenceForm { IsEmpty: true } or AliasForm { IsEmpty: true })).Select(r => r.i).ToList();
        foreach (var (path, texts) in errors)
        {
            var field = Locate(path, form, rows, saved);
            if (field is { } f)
            {
                messages.Add(f, texts);
            }
            else
            {
                general.AddRange(texts);
            }
        }
    }

    private static FieldIdentifier? Locate(string path, object form, IReadOnlyList<object> rows, List<int> saved)
    {
        var match = RowPath().Match(path);
        if (match.Success)
        {
            // The record skips blank rows, so its row numbers count only the filled-in ones.
            var index = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            if (index < saved.Count)
            {
                var row = rows[saved[index]];
                var member = match.Groups[3].Success ? Pascal(match.Groups[3].Value) : FirstMember(row);
                return row.GetType().GetProperty(member) is null ? null : new FieldIdentifier(row, member);
            }
        }

        var top = Pascal(ListName().Replace(path, ""));
        return top.Length > 0 && form.GetType().GetProperty(top) is not null ? new FieldIdentifier(form, top) : null;
    }

    private static string FirstMember(object row) => row is EvidenceForm ? nameof(EvidenceForm.Quote) : nameof(AliasForm.Name);

    private static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    [GeneratedRegex(@"^(appearances|aliases)\[(\d+)\](?:\.(\w+))?$")]
    private static partial Regex RowPath();

    [GeneratedRegex(@"\[\d+\].*$")]
    private static partial Regex ListName();
}
