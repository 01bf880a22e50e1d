using System.Text.RegularExpressions;
using DocIngest.Core.Plans;
using DocIngest.Core.Text;
using DocIngest.Extraction.Deadlines;

namespace DocIngest.Extraction.Parties;

/// <summary>
/// Reads one owner segment. A name is a run of 2–6 capitalised words; after "Đồng chí"/"Đ/c" the run
/// must not start with a title word, without a prefix it must start with a known surname. When the
/// title comes first ("đồng chí Bí thư Tỉnh ủy Nguyễn Văn A") the last run that starts with a
/// surname is the name (only after a prefix). Anything else is a collective: (null, segment as printed).
/// </summary>
internal static class OwnerReader
{
    private const int MinNameWords = 2;
    private const int MaxNameWords = 6;

    public static Party? Read(string segment)
    {
        if (segment.Length == 0)
        {
            return null;
        }

        var foldedText = FoldedText.Create(segment);
        var folded = foldedText.Folded;
        if (PartyPatterns.CollectivePrefix().IsMatch(folded))
        {
            return new Party(null, segment);
        }

        var address = AddressLength(segment, foldedText);
        var hasPrefix = address > 0;
        var rest = segment[address..];

        var words = PartyPatterns.Word().Matches(rest).ToList();
        if (words.Count == 0)
        {
            return new Party(null, segment);
        }

        var leading = Run(rest, words, 0);
        var leadingOk = leading >= MinNameWords && leading <= MaxNameWords
            && (hasPrefix ? !IsTitleWord(words[0].Value, rest) : IsSurname(words[0].Value));
        if (leadingOk)
        {
            var nameEnd = words[leading - 1].Index + words[leading - 1].Length;
            return new Party(rest[..nameEnd], Title(rest[nameEnd..]));
        }

        // Without "Đồng chí"/"Đ/c" a trailing capitalised run is more often a place ("Huyện ủy Lâm Hà"),
        // unless the value opens with a title and ends with a full name of three words or more
        // ("Phó Giám đốc Sở Vương Thị Lệ"); place names after a title are mostly two words.
        if (hasPrefix && TrailingName(rest, words, MinNameWords) is { } trailing)
        {
            return trailing;
        }

        if (!hasPrefix && IsTitleWord(words[0].Value, rest) && TrailingName(rest, words, MinNameWords + 1) is { } titled)
        {
            return titled;
        }

        // Task tables often name a leader by the given name alone: "Đ/c Hùng - PBT".
        if (hasPrefix && leading == 1 && !IsTitleWord(words[0].Value, rest) && EndsNameHere(rest, words[0]))
        {
            var nameEnd = words[0].Index + words[0].Length;
            return new Party(rest[..nameEnd], Title(rest[nameEnd..]));
        }

        // A collective after "Đồng chí" ("Đồng chí Bí thư Đảng ủy, Giám đốc Bệnh viện") is the office, not the address.
        return new Party(null, hasPrefix && PartyParser.TrimEdges(rest) is { Length: > 0 } office ? office : segment);
    }

    /// <summary>
    /// Length of the form of address a person's mention opens with ("Đồng chí ", "Đ/c ", "Ông: ",
    /// "BS. ", "Cô " before a family name); 0 when there is none.
    /// </summary>
    internal static int AddressLength(string segment) => AddressLength(segment, FoldedText.Create(segment));

    private static int AddressLength(string segment, FoldedText folded)
    {
        var prefix = PartyPatterns.PersonPrefix().Match(folded.Folded);
        if (prefix.Success && prefix.Length > 0 && segment.Length > prefix.Length)
        {
            return folded.ToOriginal(prefix.Index, prefix.Length).Length;
        }

        return HonorificLength(segment);
    }

    /// <summary>
    /// The title-before-name form: in the last run of capitalised words before the first comma,
    /// the name starts at the first surname ("Tỉnh ủy Nguyễn Văn A" → "Nguyễn Văn A", not "Văn A").
    /// </summary>
    private static Party? TrailingName(string rest, List<Match> words, int minWords)
    {
        var comma = rest.IndexOfAny([',', ';']);
        var limit = comma < 0 ? rest.Length : comma;
        var runEnd = words.FindLastIndex(w => w.Index < limit && IsCapitalised(w.Value)) + 1;
        if (runEnd == 0)
        {
            return null;
        }

        var runStart = runEnd - 1;
        while (runStart > 0 && IsCapitalised(words[runStart - 1].Value) && Adjacent(rest, words[runStart - 1], words[runStart]))
        {
            runStart--;
        }

        for (var i = Math.Max(runStart, 1); i <= runEnd - minWords; i++)
        {
            if (!IsSurname(words[i].Value) || runEnd - i > MaxNameWords)
            {
                continue;
            }

            var start = words[i].Index;
            var end = words[runEnd - 1].Index + words[runEnd - 1].Length;
            var before = PartyParser.TrimEdges(rest[..start]);
            var after = Title(rest[end..]);
            var title = after is null ? before : $"{before}, {after}";
            return new Party(rest[start..end], title.Length == 0 ? null : title);
        }

        return null;
    }

    private static bool EndsNameHere(string rest, Match word)
    {
        var after = rest.AsSpan(word.Index + word.Length).TrimStart();
        return word.Index == 0 && (after.IsEmpty || after[0] is ',' or '-' or '(' or ':');
    }

    private static bool Adjacent(string text, Match left, Match right) =>
        text.AsSpan(left.Index + left.Length, right.Index - left.Index - left.Length).IsWhiteSpace();

    /// <summary>Number of consecutive capitalised words from <paramref name="first"/>, separated only by spaces.</summary>
    private static int Run(string text, List<Match> words, int first)
    {
        var count = 0;
        for (var i = first; i < words.Count && count < MaxNameWords + 1; i++)
        {
            if (!IsCapitalised(words[i].Value))
            {
                break;
            }

            if (i > first)
            {
                if (!Adjacent(text, words[i - 1], words[i]))
                {
                    break;
                }

                // "Tôn Thiện Đồng Ủy viên …": a title word ends a name that is already long enough.
                if (count >= MinNameWords && IsTitleWord(words[i].Value, text))
                {
                    break;
                }
            }

            count++;
        }

        return count;
    }

    private static string? Title(string after)
    {
        var folded = FoldedText.Create(after);
        var lead = PartyPatterns.TitleLead().Match(folded.Folded);
        var title = PartyParser.TrimEdges(lead.Success ? after[folded.ToOriginal(0, lead.Length).Length..] : after);
        if (title.Length >= 2 && title[0] == '(' && title[^1] == ')')
        {
            title = PartyParser.TrimEdges(title[1..^1]);
        }

        return title.Length == 0 ? null : title;
    }

    /// <summary>
    /// Length of a degree or form of address before a name ("BS. ", "ThS. ", "BSCKII. ", "CNĐD. ",
    /// "Thầy ", "Cô ") when a family name follows it; 0 otherwise.
    /// </summary>
    private static int HonorificLength(string segment)
    {
        var match = PartyPatterns.Honorific().Match(segment);
        if (!match.Success)
        {
            return 0;
        }

        var next = PartyPatterns.Word().Match(segment, match.Length);
        return next.Success && next.Index == match.Length && IsCapitalised(next.Value) && IsSurname(next.Value) ? match.Length : 0;
    }

    /// <summary>A capitalised family name: where a bare " và " starts a second person.</summary>
    internal static bool IsPersonStart(string word) => IsCapitalised(word) && IsSurname(word);

    private static bool IsCapitalised(string word) => char.IsUpper(word[0]);

    private static bool IsSurname(string word) => VietnameseNameTables.Surnames.Contains(Key(word));

    /// <summary>
    /// The accent-free title entries serve text typed without diacritics only: in accented text
    /// "Phong", "Nhung", "Thu" are given names, not "phòng", "những", "thư".
    /// </summary>
    private static bool IsTitleWord(string word, string context)
    {
        var key = Key(word);
        return VietnameseNameTables.AccentedTitleWords.Contains(key)
            || (!HasDiacritics(context) && VietnameseNameTables.TitleWords.Contains(key));
    }

    private static bool HasDiacritics(string text) => text.Any(c => c > '\u007f' && char.IsLetter(c));

    // The tables hold accented and accent-free forms, so one lower-case lookup serves both.
    private static string Key(string word) => VietnameseText.CanonicalTones(word).ToLowerInvariant();
}
