using FsCheck;
using FsCheck.Fluent;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Tests;

public sealed class SlugTests
{
    [Fact]
    public void AnyTextBecomesAValidSlug() =>
        Prop.ForAll<string>(text => Slug.IsValid(Slug.From(text ?? ""))).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("Kim Jong Un", "kim-jong-un")]
    [InlineData("  Stimson Centre! ", "stimson-centre")]
    [InlineData("Pyongyang, 19 June 2024", "pyongyang-19-june-2024")]
    [InlineData("Zürich café", "zurich-cafe")]
    public void DerivesReadableSlugs(string text, string expected) => Assert.Equal(expected, Slug.From(text));

    [Theory]
    [InlineData("Kim")]
    [InlineData("kim--jong")]
    [InlineData("-kim")]
    [InlineData("a")]
    [InlineData("kim_jong")]
    public void RejectsMalformedSlugs(string slug) => Assert.Throws<DomainException>(() => Slug.Require(slug, "actor"));
}
