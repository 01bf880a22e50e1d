using System.Text.RegularExpressions;

namespace DocIngest.Extraction.Layout;

/// <summary>
/// Splits a typed label ("1.", "I-", "a)", "2.1.", "- ", "+", "•") from the start of a paragraph
/// that Word did not number itself, and tells label shapes apart.
/// </summary>
internal static partial class LabelSplitter
{
    // Roman numerals need a separator and then a capital or digit, so "I. MỤC ĐÍCH" splits but a
    // sentence starting with the word "I" or "V" (rare in Vietnamese, common in names) does not.
    [GeneratedRegex(@"^\s*(?<label>(?:[IVXL]{1,6})\s?[.\-–]|\d{1,2}(?:\.\d{1,2}){1,3}\.?|\d{1,3}\s?[.)]|[a-zđ]\)|\([a-zđ0-9]{1,3}\)|[-–—+•*·●○▪]|[a-zđ]\.(?=\s))(?:\s+|(?=[A-ZÀ-ỸĐa-zà-ỹđ\d""“(]))(?<rest>.*)$",
        RegexOptions.Singleline | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex TypedLabel();

    public static (string? Label, string Text) Split(string text)
    {
        var match = TypedLabel().Match(text);
        if (!match.Success)
        {
            return (null, text.Trim());
        }

        var label = match.Groups["label"].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        var rest = match.Groups["rest"].Value.Trim();
        if (rest.Length == 0)
        {
            return (null, text.Trim());
        }

        // "1.5 triệu" or "3.000 đồng" are numbers, not labels.
        if (char.IsDigit(label[0]) && label.Contains('.', StringComparison.Ordinal) && rest.Length > 0 && char.IsDigit(rest[0]))
        {
            return (null, text.Trim());
        }

        return (label, rest);
    }

    public static LabelKind Classify(string? label)
    {
        if (string.IsNullOrEmpty(label))
        {
            return LabelKind.None;
        }

        var core = label.TrimEnd('.', ')', '-', '–', ' ');
        return label[0] switch
        {
            '-' or '–' or '—' => LabelKind.Dash,
            '+' => LabelKind.Plus,
            '*' => LabelKind.Star,
            '•' or '·' or '●' or '○' or '▪' or '\uF0B7' or '\uF0A7' or '\uF076' => LabelKind.Bullet,
            '(' => LabelKind.Parenthesised,
            _ when core.Length > 0 && core.All(c => "IVXL".Contains(c)) => LabelKind.Roman,
            _ when core.Contains('.', StringComparison.Ordinal) && core.Replace(".", string.Empty, StringComparison.Ordinal).All(char.IsDigit) => LabelKind.MultiLevel,
            _ when core.Length > 0 && core.All(char.IsDigit) => LabelKind.Decimal,
            _ when core.Length == 1 && char.IsLetter(core[0]) => LabelKind.Letter,
            _ => LabelKind.Bullet,
        };
    }

    /// <summary>The label without its punctuation: "II." → "II", "a)" → "a", "2.1." → "2.1".</summary>
    public static string? Bare(string? label) =>
        label?.Trim().Trim('(', ')').TrimEnd('.', '-', '–', ':').Trim() is { Length: > 0 } bare ? bare : null;

    public static bool IsBulletLike(LabelKind kind) =>
        kind is LabelKind.Dash or LabelKind.Plus or LabelKind.Bullet or LabelKind.Star;
}
