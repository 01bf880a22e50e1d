using System.Text.RegularExpressions;
using DocIngest.Core.Documents;

namespace DocIngest.Reading.Markdown.Internal;

/// <summary>
/// Finds the printed list labels Markdown does not know ("I.", "II -", "a)", "đ.", "2.1.", "–",
/// "•", "-Tiếp tục") at the start of a paragraph. "(1)" stays text: plans use it for inline items.
/// </summary>
internal static partial class ListLabelDetector
{
    /// <summary>The label at the start of <paramref name="text"/>, or null.</summary>
    public static DetectedLabel? Detect(string text)
    {
        if (text.Length < 2)
        {
            return null;
        }

        var match = Roman().Match(text);
        if (match.Success && IsRoman(match.Groups["n"].Value))
        {
            var kind = char.IsUpper(text[0]) ? ListKind.UpperRoman : ListKind.LowerRoman;
            // Lone i, v, x are letters in Vietnamese a), b) … lists; I, V, X upper case are sections.
            var numeral = match.Groups["n"].Value;
            if (numeral.Length > 1 || numeral is "I" or "V" or "X")
            {
                return Found(match, kind);
            }
        }

        match = Letter().Match(text);
        if (match.Success)
        {
            return Found(match, char.IsUpper(text[0]) ? ListKind.UpperLetter : ListKind.LowerLetter);
        }

        match = Decimal().Match(text);
        if (match.Success)
        {
            return Found(match, ListKind.Decimal);
        }

        match = Bullet().Match(text);
        return match.Success ? Found(match, ListKind.Bullet) : null;
    }

    /// <summary>True when the text starts with a label (used to split lines run together).</summary>
    public static bool StartsWithLabel(string text) => Detect(text) is not null;

    private static DetectedLabel Found(Match match, ListKind kind) =>
        new(match.Groups["label"].Value.TrimEnd(), kind, match.Length);

    private static bool IsRoman(string numeral) => RomanNumeral().IsMatch(numeral);

    [GeneratedRegex(@"^(?<label>(?<n>[IVXLC]{1,7}|[ivxlc]{1,7})(?:\.|\)|\s?[-–]))\s*(?=\p{L})")]
    private static partial Regex Roman();

    [GeneratedRegex(@"^(?i:M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3}))$")]
    private static partial Regex RomanNumeral();

    [GeneratedRegex(@"^(?<label>[a-zđA-ZĐ][.)])\s+(?=\S)")]
    private static partial Regex Letter();

    // "3.000 người" is a number, not a label: sub-levels have at most two digits, and a label
    // without a final dot must be followed by a capital.
    [GeneratedRegex(@"^(?:(?<label>\d{1,3}(?:\.\d{1,2})*[.)])\s+(?=\S)|(?<label>\d{1,3}(?:\.\d{1,2})+)\s+(?=\p{Lu}))")]
    private static partial Regex Decimal();

    // "-Tiếp tục" (no space) and typed "- ", "+ ", "* " in text that is not Markdown (a .docx).
    [GeneratedRegex(@"^(?:(?<label>[•▪●○◦■□➢✓–—])\s*(?=\S)|(?<label>[-+*])\s*(?=\p{L}))")]
    private static partial Regex Bullet();
}
