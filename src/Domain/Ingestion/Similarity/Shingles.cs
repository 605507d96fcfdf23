using NewsTreaty.Domain.Ingestion.Nlp;

namespace NewsTreaty.Domain.Ingestion.Similarity;

/// <summary>
/// Word shingles and their MinHash signature. Words are folded and honorifics dropped before shingling, so a
/// copy that writes "Mr Vladimir Putin" for "Vladimir Putin", or straight quotes for curly ones, still shares its
/// shingles with the original.
/// </summary>
internal static class Shingles
{
    public const int Size = 4;
    public const int Hashes = 64;

    public static HashSet<ulong> Of(string text)
    {
        var words = new List<string>();
        foreach (var token in Tokenizer.Tokenize(text))
        {
            if (token.Kind is TokenKind.Word or TokenKind.Number)
            {
                var key = token.Key(text);
                if (!Lexicon.Honorifics.Contains(key))
                {
                    words.Add(key);
                }
            }
        }

        var shingles = new HashSet<ulong>();
        for (var i = 0; i + Size <= words.Count; i++)
        {
            var hash = 14695981039346656037UL;
            for (var k = 0; k < Size; k++)
            {
                foreach (var c in words[i + k])
                {
                    hash = (hash ^ c) * 1099511628211UL;
                }

                hash = (hash ^ ' ') * 1099511628211UL;
            }

            shingles.Add(hash);
        }

        return shingles;
    }

    public static ulong[] Signature(HashSet<ulong> shingles)
    {
        var signature = new ulong[Hashes];
        Array.Fill(signature, ulong.MaxValue);
        foreach (var shingle in shingles)
        {
            for (var h = 0; h < Hashes; h++)
            {
                var mixed = Mix(shingle + (ulong)h * 0x9E3779B97F4A7C15UL);
                if (mixed < signature[h])
                {
                    signature[h] = mixed;
                }
            }
        }

        return signature;
    }

    /// <summary>The share of MinHash slots two signatures agree on: an estimate of their shingle sets' Jaccard similarity.</summary>
    public static double Estimate(ulong[] a, ulong[] b)
    {
        var same = 0;
        for (var h = 0; h < Hashes; h++)
        {
            same += a[h] == b[h] && a[h] != ulong.MaxValue ? 1 : 0;
        }

        return (double)same / Hashes;
    }

    /// <summary>Shared shingles over the smaller set: 1 when one text is contained in the other (an earlier, shorter version).</summary>
    public static double Containment(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return (double)shared / small.Count;
    }

    private static ulong Mix(ulong x)
    {
        x ^= x >> 33;
        x *= 0xff51afd7ed558ccdUL;
        x ^= x >> 33;
        x *= 0xc4ceb9fe1a85ec53UL;
        x ^= x >> 33;
        return x;
    }
}
