using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text;

namespace DocIngest.Reading.Tests.Legacy;

/// <summary>
/// Unicode → TCVN3 / VNI, for tests and fixture generation only. Typed independently of the
/// decoder's tables (a vowel × tone grid here, a byte list there) so a slip in either shows up in
/// the round-trip tests.
/// </summary>
internal static class LegacyTestEncoder
{
    // Tone order in every row: none, grave, hook, tilde, acute, dot below.
    private static readonly ImmutableArray<string> Tones = ["", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"];

    private static readonly FrozenDictionary<char, string> Tcvn3Grid = new Dictionary<char, string>
    {
        ['a'] = "aµ¶·¸¹",
        ['ă'] = "¨»¼½¾Æ",
        ['â'] = "©ÇÈÉÊË",
        ['e'] = "eÌÎÏÐÑ",
        ['ê'] = "ªÒÓÔÕÖ",
        ['i'] = "i×ØÜÝÞ",
        ['o'] = "oßáâãä",
        ['ô'] = "«åæçèé",
        ['ơ'] = "¬êëìíî",
        ['u'] = "uïñòóô",
        ['ư'] = "\u00ADõö÷øù",
        ['y'] = "yúûüýþ",
    }.ToFrozenDictionary();

    /// <summary>The 12 Vietnamese vowels without tone.</summary>
    public const string Vowels = "aăâeêioôơuưy";

    /// <summary>
    /// All 134 Vietnamese letters outside ASCII: 12 vowels × 6 tones minus the 6 plain ASCII
    /// vowels, plus đ, in lower and upper case.
    /// </summary>
    public static IReadOnlyList<string> AllVietnameseLetters()
    {
        var lower = new List<string>();
        foreach (var vowel in Vowels)
        {
            foreach (var tone in Tones)
            {
                var letter = (vowel + tone).Normalize(NormalizationForm.FormC);
                if (letter.Length == 1 && letter[0] > 0x7F)
                {
                    lower.Add(letter);
                }
            }
        }

        lower.Add("đ");
        return [.. lower, .. lower.Select(l => l.ToUpperInvariant())];
    }

    /// <summary>
    /// TCVN3 bytes (as Latin-1 characters) for <paramref name="unicode"/>. With
    /// <paramref name="capitalsFont"/> the text is meant for a ".…H" font, so capitals are written
    /// with the small letters' codes. Throws for a capital TCVN3 cannot write in a normal font.
    /// </summary>
    public static string ToTcvn3(string unicode, bool capitalsFont = false)
    {
        var builder = new StringBuilder();
        foreach (var c in unicode.Normalize(NormalizationForm.FormC))
        {
            var letter = capitalsFont ? char.ToLowerInvariant(c) : c;
            builder.Append(letter switch
            {
                'đ' => '®',
                'Ă' => '¡',
                'Â' => '¢',
                'Ê' => '£',
                'Ô' => '¤',
                'Ơ' => '¥',
                'Ư' => '¦',
                'Đ' => '§',
                _ => Tcvn3Letter(letter),
            });
        }

        return builder.ToString();
    }

    /// <summary>VNI Windows bytes (as Latin-1 characters) for <paramref name="unicode"/>.</summary>
    public static string ToVni(string unicode)
    {
        var builder = new StringBuilder();
        foreach (var c in unicode.Normalize(NormalizationForm.FormC))
        {
            builder.Append(VniLetter(c));
        }

        return builder.ToString();
    }

    private static char Tcvn3Letter(char c)
    {
        var (vowel, tone) = Split(c);
        if (vowel is null || !Tcvn3Grid.TryGetValue(vowel.Value, out var row))
        {
            if (c > 0x7F && char.IsLetter(c))
            {
                throw new ArgumentException($"TCVN3 has no code for '{c}' in a normal font.", nameof(c));
            }

            return c;
        }

        return row[tone];
    }

    private static string VniLetter(char c)
    {
        if (c is 'đ' or 'Đ')
        {
            return c == 'đ' ? "ñ" : "Ñ";
        }

        var (vowel, tone) = Split(char.ToLowerInvariant(c));
        if (vowel is null)
        {
            return c.ToString();
        }

        var upper = char.IsUpper(c);
        string Cased(string lowerForm) => upper ? lowerForm.ToUpperInvariant() : lowerForm;
        return vowel.Value switch
        {
            'i' => Cased(tone == 0 ? "i" : "ìæóíò"[tone - 1].ToString()),
            'y' when tone == 5 => Cased("î"),
            'ơ' => Cased("ô" + PlainTone(tone)),
            'ư' => Cased("ö" + PlainTone(tone)),
            'â' => Cased("a" + "âàåãáä"[tone]),
            'ê' => Cased("e" + "âàåãáä"[tone]),
            'ô' => Cased("o" + "âàåãáä"[tone]),
            'ă' => Cased("a" + "êèúüéë"[tone]),
            _ => Cased(vowel.Value + PlainTone(tone)),
        };
    }

    private static string PlainTone(int tone) => tone == 0 ? "" : "øûõùï"[tone - 1].ToString();

    // A lower-case letter → its toneless vowel and tone index (0..5), or null when not a vowel.
    private static (char? Vowel, int Tone) Split(char c)
    {
        foreach (var vowel in Vowels)
        {
            for (var tone = 0; tone < Tones.Length; tone++)
            {
                if ((vowel + Tones[tone]).Normalize(NormalizationForm.FormC) == c.ToString())
                {
                    return (vowel, tone);
                }
            }
        }

        return (null, 0);
    }
}
