using System.Text.Json;
using Microsoft.AspNetCore.Components.Forms;

namespace NewsTreaty.Web.Desk.Forms;

/// <summary>
/// The input id convention of the desk's forms, so a summary line can move focus to its field: a property StatusNote is
/// <c>status-note</c>, a row's field is <c>list-index-field</c> (<c>aliases-0-name</c>).
/// </summary>
public static class FormFieldIds
{
    public static IEnumerable<(FieldIdentifier Field, string InputId)> Of(object form, IReadOnlyDictionary<string, IReadOnlyList<IFormRow>> lists)
    {
        foreach (var property in form.GetType().GetProperties())
        {
            yield return (new FieldIdentifier(form, property.Name), Kebab(property.Name));
        }

        foreach (var (list, rows) in lists)
        {
            for (var i = 0; i < rows.Count; i++)
            {
                foreach (var property in rows[i].GetType().GetProperties())
                {
                    yield return (new FieldIdentifier(rows[i], property.Name), $"{list}-{i}-{Kebab(property.Name)}");
                }
            }
        }
    }

    public static string Kebab(string name) => JsonNamingPolicy.KebabCaseLower.ConvertName(name);
}
