using System.Globalization;
using System.Text;
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
            foreach (var word in Words(paragraph.Text))
            {
                words++;
                if (IsMixed(word))
                {
                    mixed.Add(word);
                }
            }
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

    private static IEnumerable<string> Words(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
            else if (builder.Length > 0)
            {
                yield return builder.ToString();
                builder.Clear();
            }
        }

        if (builder.Length > 0)
        {
            yield return builder.ToString();
        }
    }

    private static bool IsMixed(string word)
    {
        bool latin = false, other = false;
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                continue;
            }

            if (IsVietnameseLatin(c))
            {
                latin = true;
            }
            else
            {
                other = true;
            }
        }

        return latin && other;
    }

    // Latin as Vietnamese writes it: basic Latin, Latin-1 and Extended-A/B letters, and the Latin
    // Extended Additional block that holds the toned vowels. IPA letters (ɣ, ɑ) count as foreign.
    private static bool IsVietnameseLatin(char c) =>
        c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '\u00C0' and <= '\u024F') or (>= '\u1E00' and <= '\u1EFF');
}
