namespace DocIngest.Reading.Docx.Internal;

/// <summary>
/// Maps the private-use characters Word writes for Symbol/Wingdings glyphs (U+F0xx, or the bare
/// byte in those fonts) to the Unicode character the page shows.
/// </summary>
internal static class SymbolFonts
{
    public static string Map(string text, string? font)
    {
        if (text.Length == 0)
        {
            return text;
        }

        var symbolic = IsSymbolFont(font);
        Span<char> buffer = text.Length <= 64 ? stackalloc char[text.Length] : new char[text.Length];
        var changed = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var mapped = c is >= '\uF000' and <= '\uF0FF' ? Map((char)(c - 0xF000), font)
                : symbolic && c >= 0x20 && c <= 0xFF ? Map(c, font)
                : c;
            changed |= mapped != c;
            buffer[i] = mapped;
        }

        return changed ? new string(buffer) : text;
    }

    /// <summary>A symbol-font code (0x00–0xFF) as Unicode.</summary>
    public static char Map(char code, string? font)
    {
        var wingdings = font is not null && font.StartsWith("Wingdings", StringComparison.OrdinalIgnoreCase);
        if (wingdings)
        {
            return code switch
            {
                (char)0x6C => '●',
                (char)0x6E => '■',
                (char)0x6F => '□',
                (char)0x71 => '❑',
                (char)0x75 => '◆',
                (char)0x76 => '❖',
                (char)0x9F => '•',
                (char)0xA7 => '▪',
                (char)0xA8 => '◻',
                (char)0xD8 => '➢',
                (char)0xE0 => '→',
                (char)0xE8 => '➔',
                (char)0xF0 => '⇨',
                (char)0xFC => '✓',
                (char)0xFE => '☑',
                _ => '•',
            };
        }

        return code switch
        {
            (char)0xB7 => '•',
            (char)0x2D => '-',
            (char)0xA7 => '▪',
            (char)0xA8 => '♦',
            (char)0xAE => '→',
            (char)0xDE => '⇒',
            (char)0xD8 => '➢',
            (char)0xFC => '✓',
            (char)0x6F => 'o',
            >= (char)0x20 and <= (char)0x40 => code,
            _ => code >= (char)0x20 && code < (char)0x7F ? code : '•',
        };
    }

    public static bool IsSymbolFont(string? font) =>
        font is not null && (font.StartsWith("Symbol", StringComparison.OrdinalIgnoreCase) ||
                             font.StartsWith("Wingdings", StringComparison.OrdinalIgnoreCase));
}
