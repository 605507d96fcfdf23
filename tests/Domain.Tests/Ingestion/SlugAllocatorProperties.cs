using FsCheck;
using FsCheck.Fluent;
using NewsTreaty.Domain.Ingestion;
using NewsTreaty.Domain.Ingestion.Review;

namespace NewsTreaty.Domain.Tests.Ingestion;

/// <summary>
/// The slug allocator remembers how far a stem's taken suffixes run, so it can skip them. Whatever is taken, and
/// whatever is taken later, it must give exactly the slug a plain "first free suffix" search gives.
/// </summary>
public sealed class SlugAllocatorProperties
{
    private static readonly string[] Names = ["Anna Berg", "anna berg", "Anna Berg 2", "Mensah", "Kim"];

    /// <summary>A step: take a slug in the shared set (as a stored proposal would), or allocate one for a name in a new build.</summary>
    private static readonly Gen<(bool Take, int Name, int Suffix, bool NewBuild)> Steps =
        from take in Gen.Frequency((1, Gen.Constant(true)), (2, Gen.Constant(false)))
        from name in Gen.Choose(0, Names.Length - 1)
        from suffix in Gen.Choose(0, 14)
        from newBuild in Gen.Frequency((1, Gen.Constant(true)), (3, Gen.Constant(false)))
        select (take, name, suffix, newBuild);

    private static bool GivesTheFirstFreeSuffix(List<(bool Take, int Name, int Suffix, bool NewBuild)> steps)
    {
        var taken = new TakenSlugs(KnowledgeSnapshot.Empty);
        var plainTaken = new HashSet<string>();
        var allocator = new SlugAllocator(taken);
        var given = new HashSet<string>();
        foreach (var (take, name, suffix, newBuild) in steps)
        {
            var stem = Common.Slug.From(Names[name]);
            if (take)
            {
                var slug = suffix < 2 ? stem : $"{stem}-{suffix}";
                taken.Pending([(ProposalKind.Actor, slug)]);
                plainTaken.Add(slug);
                continue;
            }

            if (newBuild)
            {
                allocator = new SlugAllocator(taken);
                given.Clear();
            }

            var expected = stem;
            for (var n = 2; plainTaken.Contains(expected) || given.Contains(expected); n++)
            {
                expected = $"{stem}-{n}";
            }

            given.Add(expected);
            if (allocator.Allocate(ProposalKind.Actor, Names[name]) != expected)
            {
                return false;
            }
        }

        return true;
    }

    [Fact]
    public void SkippingTakenSuffixesNeverChangesTheSlugGiven() =>
        Prop.ForAll(Steps.ListOf().Select(s => s.ToList()).ToArbitrary(), GivesTheFirstFreeSuffix).QuickCheckThrowOnFailure();

    [Fact]
    public void ARunOfTakenSuffixesIsRememberedAndSkipped()
    {
        var taken = new TakenSlugs(KnowledgeSnapshot.Empty);
        taken.Pending([(ProposalKind.Actor, "mensah"), .. Enumerable.Range(2, 499).Select(n => (ProposalKind.Actor, $"mensah-{n}"))]);
        Assert.Equal(2, taken.FirstSuffixToTry(ProposalKind.Actor, "mensah"));

        Assert.Equal("mensah-501", new SlugAllocator(taken).Allocate(ProposalKind.Actor, "Mensah"));
        Assert.Equal(501, taken.FirstSuffixToTry(ProposalKind.Actor, "mensah"));
        Assert.Equal(2, taken.FirstSuffixToTry(ProposalKind.Event, "mensah"));

        taken.Pending([(ProposalKind.Actor, "mensah-501")]);
        Assert.Equal("mensah-502", new SlugAllocator(taken).Allocate(ProposalKind.Actor, "Mensah"));
        Assert.Equal(502, taken.FirstSuffixToTry(ProposalKind.Actor, "mensah"));
    }
}
