using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace DocIngest.Reading.Legacy;

/// <summary>
/// Whether a word is shaped like one Vietnamese syllable (onset, vowel cluster, final consonant,
/// at most one tone, spelling rules such as "k" only before i/e/ê/y). It says nothing about the
/// word existing: it only separates plausible Vietnamese from mojibake.
/// </summary>
internal sealed partial class VietnameseSyllable
{
    private const string Grave = "\u0300";
    private const string Hook = "\u0309";
    private const string Tilde = "\u0303";

    /// <summary>True when <paramref name="word"/> (letters only) is spelled like a Vietnamese syllable.</summary>
    public bool IsPlausible(string word)
    {
        // The longest syllables ("nghiêng", "khuyếch") have 7 letters.
        var composed = word.Normalize(NormalizationForm.FormC);
        if (composed.Length is 0 or > 8)
        {
            return false;
        }

        var decomposed = composed.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        string? tone = null;
        var bare = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323')
            {
                if (tone is not null)
                {
                    return false;
                }

                tone = c.ToString();
                continue;
            }

            bare.Append(c);
        }

        var toneless = bare.ToString().Normalize(NormalizationForm.FormC);
        foreach (var c in toneless)
        {
            if (!char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.LowercaseLetter)
            {
                return false;
            }
        }

        var match = SyllableShape().Match(toneless);
        if (!match.Success)
        {
            return false;
        }

        var onset = match.Groups["onset"].Value;
        var nucleusStart = match.Groups["nucleus"].Value[0];
        var frontVowel = nucleusStart is 'i' or 'e' or 'ê' or 'y';
        if (onset is "k" or "gh" or "ngh" ? !frontVowel : onset is "c" or "ng" && frontVowel)
        {
            return false;
        }

        // Syllables closed by a stop (c ch p t) only carry the acute or the dot below.
        var coda = match.Groups["coda"].Value;
        return !(coda is "c" or "ch" or "p" or "t" && tone is Grave or Hook or Tilde);
    }

    [GeneratedRegex(
        "^(?<onset>ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x)?"
        + "(?<nucleus>oai|oay|oao|oeo|uây|uôi|uya|uyê|uyu|ươi|ươu|iêu|yêu|uêu|"
        + "ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|oo|ôi|ơi|ua|uâ|uê|ui|uô|uơ|uy|ưa|ưi|ươ|ưu|yê|"
        + "a|ă|â|e|ê|i|o|ô|ơ|u|ư|y)"
        + "(?<coda>ch|ng|nh|c|m|n|p|t)?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex SyllableShape();
}
