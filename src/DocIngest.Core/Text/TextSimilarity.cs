namespace DocIngest.Core.Text;

/// <summary>
/// The contract's comparison functions (shared/corpus-format.md, "Normalising text for
/// comparison"): <see cref="Norm"/>, <see cref="Tokens"/> and <see cref="Sim"/>. The scorer, the
/// extractor's de-duplication and the store's version matching all use these, so they agree.
/// </summary>
public static class TextSimilarity
{
    private const string LeadingBullets = "-+•*";
    private const string TrailingPunctuation = ".,;:";

    /// <summary>norm(s): NFC, modern tone placement, lower case, dashes and quotes folded, white space collapsed, bullets and trailing punctuation removed.</summary>
    public static string Norm(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var s = VietnameseText.CollapseWhiteSpace(
            VietnameseText.FoldPunctuation(VietnameseText.CanonicalTones(text)).ToLowerInvariant());
        var start = 0;
        var end = s.Length;
        while (start < end && (LeadingBullets.Contains(s[start]) || s[start] == ' '))
        {
            start++;
        }

        while (end > start && (TrailingPunctuation.Contains(s[end - 1]) || s[end - 1] == ' '))
        {
            end--;
        }

        return s[start..end];
    }

    /// <summary>tokens(s): norm(s) split on every character that is not a letter or digit.</summary>
    public static IReadOnlyList<string> Tokens(string? text)
    {
        var norm = Norm(text);
        var tokens = new List<string>();
        var start = -1;
        for (var i = 0; i <= norm.Length; i++)
        {
            var isWordChar = i < norm.Length && (char.IsLetterOrDigit(norm[i]) || char.GetUnicodeCategory(norm[i]) is System.Globalization.UnicodeCategory.NonSpacingMark);
            if (isWordChar && start < 0)
            {
                start = i;
            }
            else if (!isWordChar && start >= 0)
            {
                tokens.Add(norm[start..i]);
                start = -1;
            }
        }

        return tokens;
    }

    /// <summary>sim(a, b): F1 of the two token multisets; 1 when both are empty.</summary>
    public static double Sim(string? a, string? b) => Sim(Tokens(a), Tokens(b));

    /// <summary>sim over token lists already computed.</summary>
    public static double Sim(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 1.0;
        }

        if (a.Count == 0 || b.Count == 0)
        {
            return 0.0;
        }

        return 2.0 * CommonTokens(a, b) / (a.Count + b.Count);
    }

    /// <summary>The size of the multiset intersection of two token lists.</summary>
    public static int CommonTokens(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in a)
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }

        var common = 0;
        foreach (var token in b)
        {
            if (counts.TryGetValue(token, out var n) && n > 0)
            {
                counts[token] = n - 1;
                common++;
            }
        }

        return common;
    }
}
