namespace DocIngest.Reading.Markdown.Internal;

/// <summary>The superscript digits ⁰¹²³⁴⁵⁶⁷⁸⁹ that PDF exports leave as note marks.</summary>
internal static class SuperscriptDigits
{
    private static readonly System.Buffers.SearchValues<char> Marks =
        System.Buffers.SearchValues.Create("\u2070\u00B9\u00B2\u00B3\u2074\u2075\u2076\u2077\u2078\u2079");

    /// <summary>Index of the first superscript digit at or after <paramref name="start"/>, or -1.</summary>
    public static int IndexOf(string text, int start)
    {
        var found = text.AsSpan(start).IndexOfAny(Marks);
        return found < 0 ? -1 : start + found;
    }

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
