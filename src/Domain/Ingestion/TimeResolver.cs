using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;
using NewsTreaty.Domain.Ingestion.Time;

namespace NewsTreaty.Domain.Ingestion;

/// <summary>
/// Stage 4: absolute and relative time expressions in the headline, standfirst, captions and body, resolved
/// against the article's own publication date (stage 2). Deterministic rules modelled on chrono-node's
/// parser/refiner split; see <see cref="TimeRules"/> for how a month or weekday without a year is placed.
/// </summary>
public sealed class TimeResolver
{
    private static readonly ArticlePart[] Scanned = [ArticlePart.Headline, ArticlePart.Standfirst, ArticlePart.Caption, ArticlePart.Body];

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Stages are instances composed by the pipeline.")]
    public IReadOnlyList<TimeExpression> Run(CleanedArticle article, ArticleMetadata metadata)
    {
        var reference = ReferenceOf(metadata.Published);
        var output = new List<TimeExpression>();
        foreach (var part in article.Parts)
        {
            if (Array.IndexOf(Scanned, part.Part) >= 0 && part.Span.FitsIn(article.Text.Length))
            {
                TimeScanner.Scan(article.Text, part.Span, reference, output);
            }
        }

        return output;
    }

    /// <summary>Finds and resolves the expressions of any text (one paragraph) against a reference date.</summary>
    public static IReadOnlyList<TimeExpression> Resolve(string text, PartialDate? reference, bool referenceIsApproximate = false)
    {
        var output = new List<TimeExpression>();
        var r = reference is null ? null : new Reference(reference.Start, reference.Precision, referenceIsApproximate || reference.Approximate);
        TimeScanner.Scan(text ?? "", new TextSpan(0, text?.Length ?? 0), r, output);
        return output;
    }

    private static Reference? ReferenceOf(Supported<Publication>? published)
    {
        if (published?.Value.Date is not { } date)
        {
            return null;
        }

        var approximate = date.Approximate || published.Evidence is Evidence.Inferred or Evidence.Default;
        return new Reference(date.Start, date.Precision, approximate);
    }
}
