namespace NewsTreaty.Domain.Claims;

/// <summary>
/// The size of a quantity a text gives without a number: "millions of artillery shells", "billions of dollars",
/// "tens of thousands of troops". Storing 2,000,000 for "millions" would put a figure in the source's mouth.
/// </summary>
public enum QuantityMagnitude
{
    Dozens,
    Hundreds,
    Thousands,
    TensOfThousands,
    HundredsOfThousands,
    Millions,
    TensOfMillions,
    HundredsOfMillions,
    Billions,
    Trillions,
}

public static class QuantityMagnitudes
{
    /// <summary>The power of ten the magnitude starts at ("millions" → 6): what a sort or a range filter uses.</summary>
    public static int Exponent(this QuantityMagnitude magnitude) => magnitude switch
    {
        QuantityMagnitude.Dozens => 1,
        QuantityMagnitude.Hundreds => 2,
        QuantityMagnitude.Thousands => 3,
        QuantityMagnitude.TensOfThousands => 4,
        QuantityMagnitude.HundredsOfThousands => 5,
        QuantityMagnitude.Millions => 6,
        QuantityMagnitude.TensOfMillions => 7,
        QuantityMagnitude.HundredsOfMillions => 8,
        QuantityMagnitude.Billions => 9,
        _ => 12,
    };

    /// <summary>As people write it: "tens of thousands".</summary>
    public static string Words(this QuantityMagnitude magnitude) => magnitude switch
    {
        QuantityMagnitude.TensOfThousands => "tens of thousands",
        QuantityMagnitude.HundredsOfThousands => "hundreds of thousands",
        QuantityMagnitude.TensOfMillions => "tens of millions",
        QuantityMagnitude.HundredsOfMillions => "hundreds of millions",
        _ => magnitude.ToString().ToLowerInvariant(),
    };
}
