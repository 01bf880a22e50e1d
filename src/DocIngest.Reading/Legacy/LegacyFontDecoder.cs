using System.Text;
using DocIngest.Core.Text;

namespace DocIngest.Reading.Legacy;

/// <summary>
/// Converts text typed in pre-Unicode Vietnamese fonts (TCVN3 ".VnTime", VNI "VNI-Times" …) to
/// Unicode, chosen by the run's font name. Stateless: the code pages are immutable tables.
/// </summary>
internal static class LegacyFontDecoder
{
    // Word stores a symbol-like font's byte b as U+F000 + b; the tables are keyed by b.
    private const char SymbolAreaStart = '\uF000';
    private const char SymbolAreaEnd = '\uF0FF';

    /// <summary>True when the font name belongs to a TCVN3 or VNI font family.</summary>
    public static bool IsLegacyFont(string? fontName) => EncodingOf(fontName) != LegacyEncoding.None;

    /// <summary>
    /// The encoding a font name implies: ".Vn…" is TCVN3 (".Vn…H" its all-capitals variant),
    /// "VNI-…" is VNI Windows, anything else is Unicode.
    /// </summary>
    public static LegacyEncoding EncodingOf(string? fontName)
    {
        var name = fontName?.Trim();
        if (string.IsNullOrEmpty(name))
        {
            return LegacyEncoding.None;
        }

        if (name.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase) && name.Length > 3)
        {
            // Case-sensitive on purpose: the capitals variants end in a capital H (".VnTimeH"),
            // while no TCVN3 family name itself ends in "h".
            return name.EndsWith('H') ? LegacyEncoding.Tcvn3Capitals : LegacyEncoding.Tcvn3;
        }

        if (name.Length > 4
            && (name.StartsWith("VNI-", StringComparison.OrdinalIgnoreCase)
                || name.StartsWith("VNI ", StringComparison.OrdinalIgnoreCase)))
        {
            return LegacyEncoding.Vni;
        }

        return LegacyEncoding.None;
    }

    /// <summary>
    /// The font to decode a run with, from its w:rFonts: Word draws the legacy bytes (0x80–0xFF)
    /// with the w:hAnsi font and only ASCII with w:ascii, so w:hAnsi decides when both are given.
    /// </summary>
    public static string? DecodingFont(string? asciiFont, string? highAnsiFont) =>
        string.IsNullOrWhiteSpace(highAnsiFont) ? asciiFont : highAnsiFont;

    /// <summary>
    /// Decodes <paramref name="text"/> if <paramref name="fontName"/> is a legacy Vietnamese font;
    /// returns the text unchanged (and NFC) otherwise.
    /// </summary>
    public static string Decode(string text, string? fontName) => Decode(text, EncodingOf(fontName));

    /// <summary>Decodes <paramref name="text"/> as <paramref name="encoding"/>; the result is NFC.</summary>
    public static string Decode(string text, LegacyEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (encoding != LegacyEncoding.None && IsAlreadyUnicode(text))
        {
            // Converted with Unikey & co. but left in the old font: decoding again would garble it.
            return VietnameseText.Nfc(text);
        }

        return encoding switch
        {
            LegacyEncoding.Tcvn3 => VietnameseText.Nfc(DecodeTcvn3(text)),
            // The capitals fonts draw every letter, ASCII ones included, as a capital.
            LegacyEncoding.Tcvn3Capitals => VietnameseText.Nfc(DecodeTcvn3(text).ToUpperInvariant()),
            LegacyEncoding.Vni => VietnameseText.Nfc(DecodeVni(text)),
            _ => VietnameseText.Nfc(text),
        };
    }

    /// <summary>
    /// True when <paramref name="text"/> holds a letter or mark only Unicode Vietnamese has
    /// (ă, đ, ơ, ư, ĩ, ũ, the U+1EA0 block, combining tone marks): legacy bytes are all Latin-1.
    /// </summary>
    public static bool IsAlreadyUnicode(string text)
    {
        foreach (var c in text)
        {
            if (c is 'Ă' or 'ă' or 'Đ' or 'đ' or 'Ĩ' or 'ĩ' or 'Ũ' or 'ũ' or 'Ơ' or 'ơ' or 'Ư' or 'ư'
                or (>= '\u1EA0' and <= '\u1EF9')
                or '\u0300' or '\u0301' or '\u0302' or '\u0303' or '\u0306' or '\u0309' or '\u031B' or '\u0323')
            {
                return true;
            }
        }

        return false;
    }

    private static char FromSymbolArea(char c) =>
        c is >= SymbolAreaStart and <= SymbolAreaEnd ? (char)(c - SymbolAreaStart) : c;

    private static string DecodeTcvn3(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var original in text)
        {
            var c = FromSymbolArea(original);
            builder.Append(Tcvn3Table.Letters.TryGetValue(c, out var letter) ? letter : c);
        }

        return builder.ToString();
    }

    private static string DecodeVni(string text)
    {
        var builder = new StringBuilder(text.Length + (text.Length / 4));
        var state = VniBase.None;
        foreach (var original in text)
        {
            var c = FromSymbolArea(original);
            if (VniTable.Letters.TryGetValue(c, out var letter))
            {
                builder.Append(letter);
                state = VniBase.Of(letter);
            }
            else if (VniTable.Marks.TryGetValue(c, out var mark) && state.Accepts(mark))
            {
                builder.Append(mark.Combining);
                state = state.With(mark);
            }
            else
            {
                // A mark byte with nothing to sit on stays the Latin-1 letter it is.
                builder.Append(c);
                state = VniBase.Of(c);
            }
        }

        return builder.ToString();
    }
}
