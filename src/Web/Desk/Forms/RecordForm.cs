using System.Text.Json.Serialization;
using NewsTreaty.Domain.Data.Dataset;
using NewsTreaty.Domain.Editing;

namespace NewsTreaty.Web.Desk.Forms;

/// <summary>
/// A desk form for one kind of record: built from the record's bundle shape, turned back into it to save through the
/// same <see cref="RecordEditor"/> as the write API, and compared field by field when someone else saved first.
/// </summary>
public interface IRecordForm<TSelf> where TSelf : class, IRecordForm<TSelf>
{
    static abstract ResourceKind Kind { get; }

    /// <summary>The record's noun for people ("claim", "event").</summary>
    static abstract string Noun { get; }

    /// <summary>The reader page's path segment ("claims").</summary>
    static abstract string Route { get; }

    static abstract TSelf From(IBundleRecord record, int revision);

    /// <summary>What a conflict compares and how the editor takes the saved value of each field.</summary>
    static abstract IReadOnlyList<FormField<TSelf>> Fields { get; }

    string Slug { get; set; }

    /// <summary>The revision the form was loaded at: saving is refused if the record has moved on since (the API's If-Match).</summary>
    int Revision { get; set; }

    IBundleRecord ToRecord();

    /// <summary>The form's row lists by the record's JSON name for them, so a rule's message finds its row.</summary>
    [JsonIgnore]
    IReadOnlyDictionary<string, IReadOnlyList<IFormRow>> Lists { get; }

    /// <summary>Carries over what the form shows but does not edit (an article's text) from the stored form to a restored draft.</summary>
    void KeepUnedited(TSelf stored)
    {
    }
}

/// <summary>One field as a conflict shows it: its label, its value as people read it, and how to take the saved value.</summary>
public sealed record FormField<TForm>(string Label, Func<TForm, string?> Show, Action<TForm, TForm> TakeTheirs);

/// <summary>A field where the editor's value and the newer saved value differ.</summary>
public sealed record FieldConflict(string Label, string Mine, string Theirs, Action TakeTheirs);

public static class FormConflicts
{
    public static IReadOnlyList<FieldConflict> Between<TForm>(TForm mine, TForm theirs) where TForm : class, IRecordForm<TForm> =>
        TForm.Fields
            .Select(f => (Field: f, Mine: f.Show(mine) ?? "", Theirs: f.Show(theirs) ?? ""))
            .Where(x => !string.Equals(x.Mine.Trim(), x.Theirs.Trim(), StringComparison.Ordinal))
            .Select(x => new FieldConflict(x.Field.Label, Shown(x.Mine), Shown(x.Theirs), () => x.Field.TakeTheirs(mine, theirs)))
            .ToList();

    private static string Shown(string value) => string.IsNullOrWhiteSpace(value) ? "(empty)" : value;

    /// <summary>A list as one comparable line: the stored order is not meaningful, so a reordering is no difference.</summary>
    public static string Describe(IEnumerable<string> items) => string.Join("; ", items.Order(StringComparer.Ordinal));

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
