using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Claims;

/// <summary>A number the claim states, with its unit ("nearly 7,000 containers").</summary>
public sealed class ClaimQuantity
{
    private ClaimQuantity()
    {
    }

    public ClaimQuantity(decimal value, string unit, bool approximate, string? text)
    {
        Value = value;
        Unit = string.IsNullOrWhiteSpace(unit) ? throw new DomainException("A quantity needs a unit.") : unit.Trim();
        if (Unit.Length > Limits.Role)
        {
            throw new DomainException($"Quantity unit '{Unit}' is longer than {Limits.Role} characters.");
        }

        Approximate = approximate;
        Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
        if (Text is { Length: > Limits.Name })
        {
            throw new DomainException($"Quantity text is longer than {Limits.Name} characters.");
        }
    }

    public int Id { get; private set; }

    public int ClaimId { get; private set; }

    public decimal Value { get; private set; }

    public string Unit { get; private set; } = "";

    public bool Approximate { get; private set; }

    /// <summary>The wording in the source, as evidence of how the number was put.</summary>
    public string? Text { get; private set; }
}
