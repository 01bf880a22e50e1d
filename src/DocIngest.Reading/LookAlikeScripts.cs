using System.Globalization;
using DocIngest.Core.Documents;
using DocIngest.Core.Reading;

namespace DocIngest.Reading;

/// <summary>
/// Document-sharing sites obfuscate Vietnamese text with look-alike letters from other scripts
/// ("ПǤҺIÊП" for "NGHIÊN", "ເҺuɣêп" for "chuyên"). Such text cannot be read back reliably, so it
/// is refused with a clear reason instead of being parsed into nonsense. A whole word in another
/// script (a Russian name) is fine; a word that mixes scripts is the mark of obfuscation.
/// </summary>
internal static class LookAlikeScripts
{
    // A few mixed words can be a typo or a pasted symbol; obfuscation touches a good share of the text.
    private const int MinMixedWords = 3;
    private const double MinMixedShare = 0.01;

    public static DocumentReadException? Check(DocumentModel document)
    {
        var words = 0;
        var mixed = new List<string>();
        foreach (var paragraph in document.BodyParagraphs().Concat(document.Notes.SelectMany(n => n.Paragraphs)))
        {
            words += CountWords(paragraph.Text, mixed);
        }

        if (mixed.Count < MinMixedWords || mixed.Count < words * MinMixedShare)
        {
            return null;
        }

        var examples = string.Join(", ", mixed.Distinct(StringComparer.Ordinal).Take(3).Select(w => $"'{w}'"));
        return new DocumentReadException(document.SourceName, ReadErrorCode.ObfuscatedText,
            $"{mixed.Count} of {words} words mix Latin letters with look-alike letters from other scripts ({examples}): the text was obfuscated, as document-sharing sites do.",
            "Get the original file from the issuing office (or retype the text); DocIngest does not guess obfuscated letters.");
    }

    /// <summary>Counts the words of <paramref name="text"/> and adds those that mix scripts to <paramref name="mixed"/>; allocates only for those.</summary>
    private static int CountWords(string text, List<string> mixed)
    {
        var words = 0;
        var start = -1;
        bool latin = false, other = false;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                if (start < 0)
                {
                    (start, latin, other) = (i, false, false);
                }

                if (char.IsLetter(c))
                {
                    latin |= IsVietnameseLatin(c);
                    other |= !IsVietnameseLatin(c);
                }
            }
            else if (start >= 0)
            {
                words++;
                if (latin && other)
                {
                    mixed.Add(text[start..i]);
                }

                start = -1;
            }
        }

        return words;
    }

    // Latin as Vietnamese writes it: basic Latin, Latin-1 and Extended-A/B letters, and the Latin
    // Extended Additional block that holds the toned vowels. IPA letters (ɣ, ɑ) count as foreign.
    private static bool IsVietnameseLatin(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF');
}
