using System.Text;
using DocIngest.Core.Text;

namespace DocIngest.Reading.Legacy;

/// <summary>
/// Flags text that looks like TCVN3 or VNI bytes shown in a Unicode font ("Céng hßa", "Vieät Nam").
/// A word counts as a suspect only when it is not spelled like Vietnamese as it stands but is once
/// decoded; the verdict needs several suspects and a real share of the words, so ordinary
/// Vietnamese, English and the odd French or German word never trip it.
/// </summary>
internal sealed class LegacyTextDetector
{
    private const int MaxExamples = 3;
    private readonly VietnameseSyllable _syllable = new();

    /// <summary>Fewest suspect words for a verdict.</summary>
    public int MinSuspectWords { get; init; } = 2;

    /// <summary>Smallest share of suspect words among all words for a verdict.</summary>
    public double MinShare { get; init; } = 0.2;

    /// <summary>Looks at <paramref name="text"/> (typed in a Unicode font) for legacy mojibake.</summary>
    public LegacyTextDetection Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Decoding yields NFC, so a decomposed word would otherwise always "change" when decoded.
        var words = Words(VietnameseText.Nfc(text));
        var tcvn3 = new List<string>();
        var vni = new List<string>();
        foreach (var word in words)
        {
            if (_syllable.IsPlausible(word))
            {
                continue;
            }

            AddIfSuspect(word, LegacyEncoding.Tcvn3, tcvn3);
            AddIfSuspect(word, LegacyEncoding.Vni, vni);
        }

        var (encoding, suspects) = vni.Count > tcvn3.Count ? (LegacyEncoding.Vni, vni) : (LegacyEncoding.Tcvn3, tcvn3);
        var share = words.Count == 0 ? 0 : (double)suspects.Count / words.Count;
        if (suspects.Count < MinSuspectWords || share < MinShare)
        {
            return LegacyTextDetection.Clean(words.Count);
        }

        return new LegacyTextDetection(encoding, Math.Round(share, 3), suspects.Count, words.Count, suspects.Take(MaxExamples).ToList());
    }

    private void AddIfSuspect(string word, LegacyEncoding encoding, List<string> suspects)
    {
        // A lone symbol ("©", "·") is no evidence: mojibake keeps the ASCII letters of a syllable.
        if (!word.Any(char.IsAsciiLetter))
        {
            return;
        }

        var decoded = LegacyFontDecoder.Decode(word, encoding);
        if (decoded != word && _syllable.IsPlausible(decoded))
        {
            suspects.Add($"{word} → {decoded}");
        }
    }

    // Words are cut on everything that is neither a letter nor a byte the legacy tables use:
    // TCVN3 puts letters on "punctuation" like "·", "¸" and the soft hyphen.
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var original in text)
        {
            var c = original is >= '\uF000' and <= '\uF0FF' ? (char)(original - '\uF000') : original;
            if (char.IsLetter(c) || Tcvn3Table.Letters.ContainsKey(c) || VniTable.Marks.ContainsKey(c))
            {
                current.Append(c);
                continue;
            }

            if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark && current.Length > 0)
            {
                current.Append(c);
                continue;
            }

            Flush(current, words);
        }

        Flush(current, words);
        return words;
    }

    private static void Flush(StringBuilder current, List<string> words)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }
}
