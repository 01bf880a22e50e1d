namespace DocIngest.Reading.Markdown.Internal;

/// <summary>The superscript digits ⁰¹²³⁴⁵⁶⁷⁸⁹ that PDF exports leave as note marks.</summary>
internal static class SuperscriptDigits
{
    /// <summary>The digit value of a superscript digit, or -1.</summary>
    public static int Value(char c) => c switch
    {
        '\u2070' => 0,
        '\u00B9' => 1,
        '\u00B2' => 2,
        '\u00B3' => 3,
        >= '\u2074' and <= '\u2079' => c - '\u2070',
        _ => -1,
    };

    public static bool Is(char c) => Value(c) >= 0;

    /// <summary>Length of the run of superscript digits starting at <paramref name="start"/>.</summary>
    public static int RunLength(string text, int start)
    {
        var i = start;
        while (i < text.Length && Is(text[i]))
        {
            i++;
        }

        return i - start;
    }

    /// <summary>"¹⁰" → "10".</summary>
    public static string ToNumber(ReadOnlySpan<char> mark)
    {
        var digits = new char[mark.Length];
        for (var i = 0; i < mark.Length; i++)
        {
            digits[i] = (char)('0' + Value(mark[i]));
        }

        return new string(digits);
    }

    public static bool StartsWithMark(string text) => text.Length > 0 && Is(text[0]);
}
