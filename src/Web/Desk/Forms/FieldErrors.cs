using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Components.Forms;

namespace NewsTreaty.Web.Desk.Forms;

/// <summary>
/// A repeated row of a desk form (an evidence quotation, an alias, an event's actor...). Blazor's DataAnnotationsValidator
/// checks only the form's own properties, so a row is checked by the dataset's rules when saving and
/// <see cref="FieldErrors"/> puts those messages beside the row's field.
/// </summary>
public interface IFormRow
{
    /// <summary>An unfinished row with nothing in it is not saved.</summary>
    bool IsEmpty { get; }

    /// <summary>The field a message about the whole row is shown beside.</summary>
    string MainField { get; }
}

/// <summary>
/// Puts the domain's rule messages (keyed by JSON path, e.g. <c>appearances[1].article</c>) beside the form field they
/// are about; a message about no single field is returned to be shown in the summary above the form.
/// </summary>
internal static partial class FieldErrors
{
    public static IReadOnlyList<string> Show(IReadOnlyDictionary<string, string[]> errors, object form,
        IReadOnlyDictionary<string, IReadOnlyList<IFormRow>> lists, ValidationMessageStore messages)
    {
        var general = new List<string>();
        foreach (var (path, texts) in errors)
        {
            if (Locate(path, form, lists) is { } field)
            {
                messages.Add(field, texts);
            }
            else
            {
                general.AddRange(texts);
            }
        }

        return general;
    }

    private static FieldIdentifier? Locate(string path, object form, IReadOnlyDictionary<string, IReadOnlyList<IFormRow>> lists)
    {
        var match = RowPath().Match(path);
        if (match.Success && lists.TryGetValue(match.Groups[1].Value, out var rows))
        {
            // The record skips empty rows, so its row numbers count only the filled-in ones.
            var saved = rows.Where(r => !r.IsEmpty).ToList();
            var index = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            if (index < saved.Count)
            {
                var row = saved[index];
                // A nested path (appearances[0].attribution.start) names the row's flattened field (AttributionStart).
                var member = match.Groups[3].Success ? string.Concat(match.Groups[3].Value.Split('.').Select(Pascal)) : row.MainField;
                return new FieldIdentifier(row, row.GetType().GetProperty(member) is null ? row.MainField : member);
            }
        }

        // A nested path such as published.date names the form's flattened field PublishedDate.
        var top = string.Concat(ListName().Replace(path, "").Split('.').Select(Pascal));
        return top.Length > 0 && form.GetType().GetProperty(top) is not null ? new FieldIdentifier(form, top) : null;
    }

    private static string Pascal(string name) => name.Length == 0 ? name : char.ToUpperInvariant(name[0]) + name[1..];

    [GeneratedRegex(@"^(\w+)\[(\d+)\](?:\.([\w.]+))?$")]
    private static partial Regex RowPath();

    [GeneratedRegex(@"\[\d+\].*$")]
    private static partial Regex ListName();
}
