using System.Globalization;
using System.Text;
using DocIngest.Core.Text;

namespace DocIngest.Extraction.Deadlines;

/// <summary>
/// A lower-case, mark-free view of a text that keeps a map back to the original, so rules can
/// match accent-insensitively and still report spans in the text as printed.
/// </summary>
/// <remarks>
/// Unlike <see cref="VietnameseText.FoldKey"/> white space is not collapsed: each original base
/// character gives exactly one folded character (combining marks give none), which keeps the map
/// a plain array. Because marks are dropped, old and modern tone placement fold alike.
/// </remarks>
internal sealed class FoldedText
{
    private readonly int[] _origins;

    private FoldedText(string original, string folded, int[] origins)
    {
        Original = original;
        Folded = folded;
        _origins = origins;
    }

    /// <summary>The text as given.</summary>
    public string Original { get; }

    /// <summary>The folded view: lower case, no marks, đ → d, dashes/quotes folded, one char per base char.</summary>
    public string Folded { get; }

    public static FoldedText Create(string original)
    {
        var folded = new StringBuilder(original.Length);
        var origins = new List<int>(original.Length);
        for (var i = 0; i < original.Length; i++)
        {
            var c = original[i];
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            folded.Append(FoldChar(c));
            origins.Add(i);
        }

        return new FoldedText(original, folded.ToString(), [.. origins]);
    }

    /// <summary>Maps a folded span to the original span (trailing combining marks included).</summary>
    public (int Start, int Length) ToOriginal(int foldedStart, int foldedLength)
    {
        var start = foldedStart < _origins.Length ? _origins[foldedStart] : Original.Length;
        var endIndex = foldedStart + foldedLength;
        var end = endIndex < _origins.Length ? _origins[endIndex] : Original.Length;
        return (start, end - start);
    }

    /// <summary>The original text of a folded span.</summary>
    public string OriginalText(int foldedStart, int foldedLength)
    {
        var (start, length) = ToOriginal(foldedStart, foldedLength);
        return Original.Substring(start, length);
    }

    private static char FoldChar(char c)
    {
        if (c < 128)
        {
            return char.ToLowerInvariant(c);
        }

        if (char.IsWhiteSpace(c))
        {
            return ' ';
        }

        if (c is 'đ' or 'Đ' or 'Ð' or 'ð')
        {
            return 'd';
        }

        if (char.IsSurrogate(c))
        {
            return c;
        }

        var punctuation = VietnameseText.FoldPunctuation(c.ToString());
        var decomposed = punctuation.Normalize(NormalizationForm.FormD);
        return char.ToLowerInvariant(decomposed[0]);
    }
}
