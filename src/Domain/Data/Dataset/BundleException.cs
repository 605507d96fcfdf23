using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Data.Dataset;

/// <summary>One problem in a bundle, located by a JSON path such as <c>claims[3].appearances[0].article</c>.</summary>
public sealed record BundleProblem(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>The bundle was rejected as a whole; nothing was written.</summary>
public sealed class BundleException(IReadOnlyList<BundleProblem> problems)
    : DomainException($"The bundle was rejected with {problems.Count} problem(s); nothing was imported. First: {(problems.Count > 0 ? problems[0] : null)}")
{
    public IReadOnlyList<BundleProblem> Problems { get; } = problems;
}
