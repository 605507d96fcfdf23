using NewsTreaty.Domain.Articles;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Claims;

public enum AppearanceRole
{
    /// <summary>The claim is first made here.</summary>
    Originates,

    /// <summary>The article reports a claim made elsewhere.</summary>
    Reports,

    /// <summary>The article passes on another outlet's reporting of it.</summary>
    Relays,

    /// <summary>The article contests it.</summary>
    Disputes,
}

/// <summary>Evidence: the exact span of an article where a claim appears.</summary>
public sealed class Appearance
{
    private Appearance()
    {
    }

    internal Appearance(Article article, string quote, int start, int end, AppearanceRole role)
    {
        if (string.IsNullOrWhiteSpace(quote))
        {
            throw new DomainException("An appearance needs the quoted text span.");
        }

        if (quote.Length > Limits.Quote)
        {
            throw new DomainException($"The quotation is {quote.Length} characters long; quote a sentence or two (at most {Limits.Quote} characters).");
        }

        if (start < 0 || end <= start)
        {
            throw new DomainException($"Offsets {start}–{end} are not a span: start must be ≥ 0 and end greater than start.");
        }

        if (end - start != quote.Length)
        {
            throw new DomainException($"Offsets {start}–{end} span {end - start} characters but the quotation has {quote.Length}.");
        }

        if (article.Text is { } text && (end > text.Length || string.CompareOrdinal(text, start, quote, 0, quote.Length) != 0))
        {
            throw new DomainException($"The quotation is not found at {start}–{end} of article '{article.Slug}'.");
        }

        Article = article;
        ArticleId = article.Id;
        Quote = quote;
        Start = start;
        End = end;
        Role = role;
    }

    public int Id { get; private set; }

    public int ClaimId { get; private set; }

    public int ArticleId { get; private set; }

    public Article Article { get; private set; } = null!;

    /// <summary>Exactly the source text in [<see cref="Start"/>, <see cref="End"/>).</summary>
    public string Quote { get; private set; } = "";

    /// <summary>UTF-16 offset of the first character in the article's source document.</summary>
    public int Start { get; private set; }

    /// <summary>UTF-16 offset one past the last character.</summary>
    public int End { get; private set; }

    public AppearanceRole Role { get; private set; }
}
