using System.Security.Cryptography;
using System.Text;
using NewsTreaty.Domain.Common;

namespace NewsTreaty.Domain.Ingestion.Review;

/// <summary>Why a submitted article cannot be ingested, with the HTTP status that says so and what to do instead.</summary>
public sealed class IngestionInputException(int status, string title, string message) : DomainException(message)
{
    public int Status { get; } = status;

    public string Title { get; } = title;
}

/// <summary>A raw article ready for the pipeline, with the SHA-256 of exactly what was submitted.</summary>
public sealed record SubmittedArticle(RawArticle Raw, string RawSha256);

/// <summary>
/// Checks submitted content before the pipeline sees it: text must be UTF-8 (a byte-order mark is allowed),
/// non-empty, within the article size limit and not binary (no NUL, few control characters).
/// </summary>
public static class RawInput
{
    public const int MaxCharacters = Limits.FullText;

    public static SubmittedArticle FromText(string? content, SourceFormat format, string? url = null, string? outlet = null, string? published = null, string? fileName = null)
    {
        var text = Check(content);
        return new SubmittedArticle(new RawArticle(text, format, url, outlet, published, fileName), Hashing.Sha256Hex(text));
    }

    /// <summary>Decodes bytes as UTF-8 (or UTF-16 with its byte-order mark); the hash is of the bytes as they came.</summary>
    public static SubmittedArticle FromBytes(ReadOnlySpan<byte> bytes, SourceFormat? format, string? url = null, string? outlet = null, string? published = null, string? fileName = null)
    {
        var text = Decode(bytes);
        return new SubmittedArticle(new RawArticle(Check(text), format ?? Sniff(text), url, outlet, published, fileName),
            Convert.ToHexStringLower(SHA256.HashData(bytes)));
    }

    /// <summary>HTML when the content starts like an HTML document or fragment, text otherwise.</summary>
    public static SourceFormat Sniff(string text)
    {
        var start = text.AsSpan().TrimStart();
        return start.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || start.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
               || (start.StartsWith("<", StringComparison.Ordinal) && text.Contains("</p>", StringComparison.OrdinalIgnoreCase))
            ? SourceFormat.Html
            : SourceFormat.Text;
    }

    private static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Strict(new UnicodeEncoding(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..]);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Strict(new UnicodeEncoding(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true), bytes[2..]);
        }

        return Strict(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true),
            bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? bytes[3..] : bytes);
    }

    private static string Strict(Encoding encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return encoding.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            throw new IngestionInputException(422, "The content is not text",
                $"The content is not valid {encoding.WebName} text (invalid bytes at position {ex.Index}): it looks binary. Send the article as UTF-8 text or HTML.");
        }
    }

    private static string Check(string? content)
    {
        if (string.IsNullOrWhiteSpace(content))
        {
            throw new IngestionInputException(400, "The article is empty",
                "There is no article to read: send its text in 'text' or its HTML in 'html' (or a text/plain or text/html body).");
        }

        if (content.Length > MaxCharacters)
        {
            throw new IngestionInputException(413, "The article is too long",
                $"The article has {content.Length} characters; at most {MaxCharacters} can be stored. Send the article alone, without the rest of the page.");
        }

        var controls = 0;
        foreach (var c in content)
        {
            if (c == '\0')
            {
                throw new IngestionInputException(422, "The content is not text",
                    "The content contains NUL characters: it looks binary (a PDF, an image or a word-processor file?). Send the article as text or HTML.");
            }

            if ((char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) || c == '\uFFFD')
            {
                controls++;
            }
        }

        return controls > 16 && controls * 100 > content.Length
            ? throw new IngestionInputException(422, "The content is not text",
                $"{controls} of its {content.Length} characters are control or replacement characters: it looks binary or wrongly decoded. Send the article as UTF-8 text or HTML.")
            : content;
    }
}
