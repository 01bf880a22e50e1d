using System.Globalization;
using System.Text;
using DocIngest.Core.Documents;

namespace DocIngest.Reading.Docx.Internal;

/// <summary>Spells a list counter the way Word prints it for a w:numFmt.</summary>
internal static class NumberFormatter
{
    public static string Format(int value, string format) => format switch
    {
        "decimal" => value.ToString(CultureInfo.InvariantCulture),
        "decimalZero" => value is >= 0 and < 10 ? "0" + value.ToString(CultureInfo.InvariantCulture) : value.ToString(CultureInfo.InvariantCulture),
        "upperRoman" => Roman(value),
        "lowerRoman" => Roman(value).ToLowerInvariant(),
        "upperLetter" => Letters(value, 'A'),
        "lowerLetter" => Letters(value, 'a'),
        "none" => string.Empty,
        _ => value.ToString(CultureInfo.InvariantCulture),
    };

    public static ListKind Kind(string format) => format switch
    {
        "bullet" => ListKind.Bullet,
        "decimal" or "decimalZero" => ListKind.Decimal,
        "upperRoman" => ListKind.UpperRoman,
        "lowerRoman" => ListKind.LowerRoman,
        "upperLetter" => ListKind.UpperLetter,
        "lowerLetter" => ListKind.LowerLetter,
        _ => ListKind.Other,
    };

    private static string Roman(int value)
    {
        if (value is <= 0 or > 3999)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] digits = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var builder = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (value >= values[i])
            {
                builder.Append(digits[i]);
                value -= values[i];
            }
        }

        return builder.ToString();
    }

    // Word repeats the letter past Z: 27 → AA, 28 → BB (not spreadsheet-style AB).
    private static string Letters(int value, char first)
    {
        if (value <= 0)
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        var letter = (char)(first + ((value - 1) % 26));
        return new string(letter, Math.Min(((value - 1) / 26) + 1, 50));
    }
}
