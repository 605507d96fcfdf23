namespace NewsTreaty.Web.Editor;

/// <summary>Collects the fields whose saved value differs from the editor's, with the saved value as people read it.</summary>
internal sealed class FieldDifferences
{
    private readonly List<(string Field, string Saved)> _fields = [];

    public IReadOnlyList<(string Field, string Saved)> Fields => _fields;

    public FieldDifferences Compare(string field, string? mine, string? saved)
    {
        if (!string.Equals(mine ?? "", saved ?? "", StringComparison.Ordinal))
        {
            _fields.Add((field, string.IsNullOrEmpty(saved) ? "(empty)" : saved));
        }

        return this;
    }

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
