using System.Collections.Frozen;

namespace DocIngest.Reading.Legacy;

/// <summary>
/// VNI Windows, the code page of the "VNI-…" fonts. Most letters are an ASCII base letter followed
/// by one mark byte (circumflex, breve, a tone, or circumflex/breve with a tone in one byte); ơ, ư,
/// đ, the toned i's and ỵ have bytes of their own. Every mark byte exists twice: the lower-case
/// form sits low for small letters, the upper-case form high for capitals — the letter's case
/// comes from the base, so both decode alike.
/// </summary>
internal static class VniTable
{
    private const string Grave = "\u0300";
    private const string Acute = "\u0301";
    private const string Circumflex = "\u0302";
    private const string Tilde = "\u0303";
    private const string Breve = "\u0306";
    private const string Hook = "\u0309";
    private const string DotBelow = "\u0323";

    /// <summary>Bytes that are whole letters on their own.</summary>
    public static FrozenDictionary<char, char> Letters { get; } = new Dictionary<char, char>
    {
        ['\u00F4'] = 'ơ', ['\u00D4'] = 'Ơ', // ô Ô
        ['\u00F6'] = 'ư', ['\u00D6'] = 'Ư', // ö Ö
        ['\u00F1'] = 'đ', ['\u00D1'] = 'Đ', // ñ Ñ
        ['\u00EC'] = 'ì', ['\u00CC'] = 'Ì', // ì Ì
        ['\u00ED'] = 'í', ['\u00CD'] = 'Í', // í Í
        ['\u00E6'] = 'ỉ', ['\u00C6'] = 'Ỉ', // æ Æ
        ['\u00F3'] = 'ĩ', ['\u00D3'] = 'Ĩ', // ó Ó
        ['\u00F2'] = 'ị', ['\u00D2'] = 'Ị', // ò Ò
        ['\u00EE'] = 'ỵ', ['\u00CE'] = 'Ỵ', // î Î
    }.ToFrozenDictionary();

    /// <summary>Mark bytes → what they add to the base letter before them.</summary>
    public static FrozenDictionary<char, VniMark> Marks { get; } = BuildMarks();

    private static FrozenDictionary<char, VniMark> BuildMarks()
    {
        var marks = new Dictionary<char, VniMark>();
        void Add(char lower, char upper, VniShape shape, string combining)
        {
            var mark = new VniMark(shape, combining);
            marks[lower] = mark;
            marks[upper] = mark;
        }

        Add('\u00F9', '\u00D9', VniShape.None, Acute);                 // ù Ù
        Add('\u00F8', '\u00D8', VniShape.None, Grave);                 // ø Ø
        Add('\u00FB', '\u00DB', VniShape.None, Hook);                  // û Û
        Add('\u00F5', '\u00D5', VniShape.None, Tilde);                 // õ Õ
        Add('\u00EF', '\u00CF', VniShape.None, DotBelow);              // ï Ï
        Add('\u00E2', '\u00C2', VniShape.Circumflex, Circumflex);      // â Â
        Add('\u00E1', '\u00C1', VniShape.Circumflex, Circumflex + Acute);    // á Á
        Add('\u00E0', '\u00C0', VniShape.Circumflex, Circumflex + Grave);    // à À
        Add('\u00E5', '\u00C5', VniShape.Circumflex, Circumflex + Hook);     // å Å
        Add('\u00E3', '\u00C3', VniShape.Circumflex, Circumflex + Tilde);    // ã Ã
        Add('\u00E4', '\u00C4', VniShape.Circumflex, Circumflex + DotBelow); // ä Ä
        Add('\u00EA', '\u00CA', VniShape.Breve, Breve);                // ê Ê
        Add('\u00E9', '\u00C9', VniShape.Breve, Breve + Acute);        // é É
        Add('\u00E8', '\u00C8', VniShape.Breve, Breve + Grave);        // è È
        Add('\u00FA', '\u00DA', VniShape.Breve, Breve + Hook);         // ú Ú
        Add('\u00FC', '\u00DC', VniShape.Breve, Breve + Tilde);        // ü Ü
        Add('\u00EB', '\u00CB', VniShape.Breve, Breve + DotBelow);     // ë Ë
        return marks.ToFrozenDictionary();
    }
}
