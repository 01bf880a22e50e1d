using System.Globalization;
using System.Text;

namespace DocIngest.Core.Text;

/// <summary>
/// The one place Vietnamese text is normalised. Text is data: NFC everywhere, the two tone-mark
/// placements ("uỷ"/"ủy", "hoà"/"hòa") compare equal, dashes and quotes fold, and a
/// diacritic-free key serves people who type without accents.
/// </summary>
public static class VietnameseText
{
    // Old-style placement on the first vowel of oa/oe/uy → modern placement on the second (the
    // contract's table). Only compared keys are rewritten; printed text keeps its own placement.
    private static readonly Dictionary<(char, char), (char, char)> OldToneToNew = BuildToneTable();

    /// <summary>Unicode NFC; null stays null.</summary>
    public static string Nfc(string text) =>
        text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>NFC with old-style tone placement mapped to the modern one (case kept).</summary>
    public static string CanonicalTones(string text)
    {
        var nfc = Nfc(text);
        StringBuilder? builder = null;
        for (var i = 0; i + 1 < nfc.Length; i++)
        {
            if (OldToneToNew.TryGetValue((nfc[i], nfc[i + 1]), out var modern))
            {
                builder ??= new StringBuilder(nfc);
                builder[i] = modern.Item1;
                builder[i + 1] = modern.Item2;
                i++;
            }
        }

        return builder?.ToString() ?? nfc;
    }

    /// <summary>Every dash (‐ ‑ ‒ – — −) becomes "-", curly quotes become straight ones.</summary>
    public static string FoldPunctuation(string text)
    {
        if (text.AsSpan().IndexOfAny("\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00A0") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => '-',
                '\u2018' or '\u2019' or '\u201A' or '\u201B' => '\'',
                '\u201C' or '\u201D' or '\u201E' or '\u201F' => '"',
                '\u00A0' => ' ',
                _ => c,
            });
        }

        return builder.ToString();
    }

    /// <summary>Runs of white space become one space; the ends are trimmed.</summary>
    public static string CollapseWhiteSpace(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>
    /// A key for search and matching: lower case, no tone or vowel marks, đ → d, dashes and quotes
    /// folded, white space collapsed. "Tôn Thiện Đồng" and "ton thien dong" share a key.
    /// </summary>
    public static string FoldKey(string text)
    {
        var decomposed = FoldPunctuation(text).Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch
            {
                'đ' or 'Đ' => 'd',
                _ => char.ToLowerInvariant(c),
            });
        }

        return CollapseWhiteSpace(builder.ToString());
    }

    /// <summary>True when <paramref name="text"/> contains <paramref name="query"/> ignoring case and diacritics.</summary>
    public static bool ContainsFolded(string text, string query) =>
        FoldKey(text).Contains(FoldKey(query), StringComparison.Ordinal);

    private static Dictionary<(char, char), (char, char)> BuildToneTable()
    {
        var table = new Dictionary<(char, char), (char, char)>();
        void Add(string oldForm, string modernForm)
        {
            for (var i = 0; i < oldForm.Length; i += 2)
            {
                table[(oldForm[i], oldForm[i + 1])] = (modernForm[i], modernForm[i + 1]);
                var upperOld = oldForm.Substring(i, 2).ToUpperInvariant();
                var upperModern = modernForm.Substring(i, 2).ToUpperInvariant();
                table[(upperOld[0], upperOld[1])] = (upperModern[0], upperModern[1]);
                table[(upperOld[0], oldForm[i + 1])] = (upperModern[0], modernForm[i + 1]);
            }
        }

        Add("oàoáoảoãoạ", "òaóaỏaõaọa");
        Add("oèoéoẻoẽoẹ", "òeóeỏeõeọe");
        Add("uỳuýuỷuỹuỵ", "ùyúyủyũyụy");
        return table;
    }
}
