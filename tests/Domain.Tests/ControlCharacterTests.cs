using FsCheck;
using FsCheck.Fluent;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Tests;

public sealed class ControlCharacterTests
{
    private static readonly char[] Forbidden = [.. Enumerable.Range(0, 32).Where(c => c is not 9 and not 10 and not 13).Select(c => (char)c), .. Enumerable.Range(0x7f, 0x21).Select(c => (char)c)];

    [Fact]
    public void TextWithoutControlCharactersIsAcceptedAsIs() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        {
            var clean = new string((text ?? "").Where(c => ControlCharacters.FirstForbidden(c.ToString()) < 0).ToArray()) + "\t\r\n한국어 🇰🇵";
            return ControlCharacters.Check(clean, "text") == clean;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void AnyForbiddenCharacterIsFoundWhereverItIs() =>
        Prop.ForAll(ArbMap.Default.ArbFor<NonNegativeInt>(), Gen.Elements(Forbidden).ToArbitrary(), (position, bad) =>
        {
            var text = new string('a', position.Get % 50) + bad + "bc";
            return ControlCharacters.FirstForbidden(text) == position.Get % 50
                   && Record.Exception(() => ControlCharacters.Check(text, "text")) is DomainException { Message: var m } && m.Contains($"U+{(int)bad:X4}", StringComparison.Ordinal);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void UnpairedSurrogatesAreRefusedAndPairsKept()
    {
        // Built from chars: a theory's data would pass through UTF-8 and arrive as U+FFFD.
        Assert.Equal(0, ControlCharacters.FirstForbidden(new string([(char)0xD800, 'x'])));
        Assert.Equal(1, ControlCharacters.FirstForbidden(new string(['x', (char)0xDC00])));
        Assert.Equal(-1, ControlCharacters.FirstForbidden("🇰🇵"));
    }
}
