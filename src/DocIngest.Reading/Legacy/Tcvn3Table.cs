using System.Collections.Frozen;
using System.Collections.Immutable;

namespace DocIngest.Reading.Legacy;

/// <summary>
/// TCVN 5712:1993 VN3 ("ABC"), the code page of the ".Vn…" fonts: one byte per letter. It has all
/// 67 lower-case Vietnamese letters but only the seven capitals without tone (Ă Â Đ Ê Ô Ơ Ư); the
/// capitals with tones come from the ".…H" fonts, which draw these same bytes as capitals.
/// Bytes below 0xA1 are ASCII and pass through.
/// </summary>
internal static class Tcvn3Table
{
    // Rows: a letter without tone (when TCVN3 gives it a byte of its own), then grave, hook,
    // tilde, acute, dot below — in byte order, as the standard lays them out.
    private static readonly ImmutableArray<(int Code, char Letter)> Entries =
    [
        (0xA1, 'Ă'), (0xA2, 'Â'), (0xA3, 'Ê'), (0xA4, 'Ô'), (0xA5, 'Ơ'), (0xA6, 'Ư'), (0xA7, 'Đ'),
        (0xA8, 'ă'), (0xA9, 'â'), (0xAA, 'ê'), (0xAB, 'ô'), (0xAC, 'ơ'), (0xAD, 'ư'), (0xAE, 'đ'),

        (0xB5, 'à'), (0xB6, 'ả'), (0xB7, 'ã'), (0xB8, 'á'), (0xB9, 'ạ'),
        (0xBB, 'ằ'), (0xBC, 'ẳ'), (0xBD, 'ẵ'), (0xBE, 'ắ'), (0xC6, 'ặ'),
        (0xC7, 'ầ'), (0xC8, 'ẩ'), (0xC9, 'ẫ'), (0xCA, 'ấ'), (0xCB, 'ậ'),
        (0xCC, 'è'), (0xCE, 'ẻ'), (0xCF, 'ẽ'), (0xD0, 'é'), (0xD1, 'ẹ'),
        (0xD2, 'ề'), (0xD3, 'ể'), (0xD4, 'ễ'), (0xD5, 'ế'), (0xD6, 'ệ'),
        (0xD7, 'ì'), (0xD8, 'ỉ'), (0xDC, 'ĩ'), (0xDD, 'í'), (0xDE, 'ị'),
        (0xDF, 'ò'), (0xE1, 'ỏ'), (0xE2, 'õ'), (0xE3, 'ó'), (0xE4, 'ọ'),
        (0xE5, 'ồ'), (0xE6, 'ổ'), (0xE7, 'ỗ'), (0xE8, 'ố'), (0xE9, 'ộ'),
        (0xEA, 'ờ'), (0xEB, 'ở'), (0xEC, 'ỡ'), (0xED, 'ớ'), (0xEE, 'ợ'),
        (0xEF, 'ù'), (0xF1, 'ủ'), (0xF2, 'ũ'), (0xF3, 'ú'), (0xF4, 'ụ'),
        (0xF5, 'ừ'), (0xF6, 'ử'), (0xF7, 'ữ'), (0xF8, 'ứ'), (0xF9, 'ự'),
        (0xFA, 'ỳ'), (0xFB, 'ỷ'), (0xFC, 'ỹ'), (0xFD, 'ý'), (0xFE, 'ỵ'),
    ];

    /// <summary>The font's code point (as the Latin-1 character Word stores) → the Unicode letter.</summary>
    public static FrozenDictionary<char, char> Letters { get; } =
        Entries.ToFrozenDictionary(entry => (char)entry.Code, entry => entry.Letter);
}
