using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Claims;

/// <summary>
/// A number the claim states, with its unit ("nearly 7,000 containers"), or only its magnitude when the text
/// gives no number ("millions of artillery shells"): exactly one of <see cref="Value"/> and <see cref="Magnitude"/>.
/// </summary>
public sealed class ClaimQuantity
{
    private ClaimQuantity()
    {
    }

    public ClaimQuantity(decimal? value, string unit, bool approximate, string? text, QuantityMagnitude? magnitude = null)
    {
        if ((value is null) == (magnitude is null))
        {
            throw new DomainException(value is null
                ? "A quantity needs a value, or a magnitude (\"millions\") when the text gives no number."
                : "A quantity has a value or a magnitude, not both: a magnitude is for a text that gives no number.");
        }

        if (magnitude is { } m && !Enum.IsDefined(m))
        {
            throw new DomainException($"'{m}' is not a magnitude.");
        }

        Value = value;
        Magnitude = magnitude;
        Unit = string.IsNullOrWhiteSpace(unit) ? throw new DomainException("A quantity needs a unit.") : unit.Trim();
        if (Unit.Length > Limits.Role)
        {
            throw new DomainException($"Quantity unit '{Unit}' is longer than {Limits.Role} characters.");
        }

        Approximate = approximate || magnitude is not null; // "millions" is never exact
        Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (Text is { Length: > Limits.Name })
        {
            throw new DomainException($"Quantity text is longer than {Limits.Name} characters.");
        }
    }

    public int Id { get; private set; }

    public int ClaimId { get; private set; }

    /// <summary>The number, when the text gives one; null for a magnitude.</summary>
    public decimal? Value { get; private set; }

    /// <summary>How big, when the text gives no number ("millions").</summary>
    public QuantityMagnitude? Magnitude { get; private set; }

    public string Unit { get; private set; } = "";

    public bool Approximate { get; private set; }

    /// <summary>The wording in the source, as evidence of how the number was put.</summary>
    public string? Text { get; private set; }
}
