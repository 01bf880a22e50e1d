using System.Text.RegularExpressions;
using DocIngest.Core.Documents;

namespace DocIngest.Reading.Markdown.Internal;

/// <summary>
/// Decides what each soft line break inside a Markdown paragraph means, since plan text files are
/// rarely real Markdown:
/// <list type="bullet">
/// <item>between two short all-capital lines ("ĐẢNG BỘ TỈNH" / "ĐẢNG ỦY XÃ", "K/T TRƯỞNG BAN" /
/// "PHÓ TRƯỞNG BAN") it stays "\n": these are header and signature blocks whose lines are units of
/// their own, yet belong together;</item>
/// <item>between a short capital line and a short lower-case one ("KẾ HOẠCH" / "khắc phục …") it
/// starts a new paragraph: the document kind and the title are different things;</item>
/// <item>before a line that starts with a list label ("I. MỤC ĐÍCH", "a) …") or a short field label
/// ("Thời gian thực hiện:", "Phân công theo dõi, chỉ đạo:", "Nơi nhận:") it starts a new paragraph;</item>
/// <item>after a numbered all-capital heading ("III- TỔ CHỨC THỰC HIỆN") followed by ordinary text
/// it starts a new paragraph;</item>
/// <item>after the archive line of the recipients ("- Lưu VT.") it starts a new paragraph: that line
/// always closes the list, and the signature follows;</item>
/// <item>in a file written one paragraph per line (hardly any blank lines) it starts a new
/// paragraph unless the line continues the sentence: no final punctuation, and the next line
/// starts in lower case or this line runs to the file's wrap width;</item>
/// <item>otherwise it is a wrapped line and becomes a space.</item>
/// </list>
/// </summary>
internal static partial class LineBreakPolicy
{
    private const int ShortLine = 80;

    /// <summary>The paragraphs <paramref name="flat"/> stands for, trimmed, empty ones left out.</summary>
    public static IEnumerable<ParagraphBlock> Apply(FlatParagraph flat, TextLayout layout)
    {
        var paragraph = flat.Paragraph;
        if (flat.SoftBreaks.Count == 0)
        {
            return NonEmpty([ParagraphEdit.Trim(paragraph)]);
        }

        var text = paragraph.Text.ToCharArray();
        var cuts = new List<int>();
        var lineStart = 0;
        for (var i = 0; i < flat.SoftBreaks.Count; i++)
        {
            var at = flat.SoftBreaks[i];
            var nextEnd = i + 1 < flat.SoftBreaks.Count ? flat.SoftBreaks[i + 1] : text.Length;
            var line = paragraph.Text[lineStart..at].Trim();
            var next = paragraph.Text[(at + 1)..nextEnd].Trim();
            switch (Decide(line, next, layout))
            {
                case Break.Split:
                    cuts.Add(at);
                    break;
                case Break.Space:
                    text[at] = ' ';
                    break;
            }

            lineStart = at + 1;
        }

        var joined = paragraph with { Text = new string(text) };
        var result = new List<ParagraphBlock>(cuts.Count + 1);
        var start = 0;
        foreach (var cut in cuts)
        {
            result.Add(ParagraphEdit.Trim(ParagraphEdit.Slice(joined, start, cut)));
            start = cut + 1;
        }

        result.Add(ParagraphEdit.Trim(ParagraphEdit.Slice(joined, start, text.Length)));
        return NonEmpty(result);
    }

    private static IEnumerable<ParagraphBlock> NonEmpty(IEnumerable<ParagraphBlock> paragraphs) =>
        paragraphs.Where(p => p.Text.Length > 0 || p.NoteReferences.Count > 0);

    private static Break Decide(string line, string next, TextLayout layout)
    {
        // Text copied from a PDF breaks inside units: "I." / "MỤC ĐÍCH", "KẾ" / "HOẠCH".
        if (next.Length > 0 && (BareLabel().IsMatch(line) || IsBrokenKindWord(line, next)))
        {
            return Break.Space;
        }

        var bothShort = line.Length <= ShortLine && next.Length <= ShortLine;
        if (bothShort)
        {
            var capsLine = IsCapitals(line);
            var capsNext = IsCapitals(next);
            if (capsLine && capsNext)
            {
                return Break.Keep;
            }

            if (capsLine != capsNext)
            {
                return Break.Split;
            }
        }

        // "III- TỔ CHỨC THỰC HIỆN" then a sentence: a numbered capital heading never runs on into text.
        if (IsCapitals(line) && !IsCapitals(next) && ListLabelDetector.StartsWithLabel(line))
        {
            return Break.Split;
        }

        if (ListLabelDetector.StartsWithLabel(next) || SuperscriptDigits.StartsWithMark(next) ||
            FieldLabel().IsMatch(next) || ArchiveLine().IsMatch(line))
        {
            return Break.Split;
        }

        if (!layout.LinePerParagraph || ContinuesSentence(line, next) ||
            (!EndsSentence(line) && layout.LooksWrapped(line.Length)))
        {
            return Break.Space;
        }

        return Break.Split;
    }

    // Canonical tone placement, upper case: the form both sides are compared in.
    private static readonly (string First, string Second)[] KindWords =
        new (string, string)[] { ("KẾ", "HOẠCH"), ("BÁO", "CÁO"), ("KẾT", "LUẬN"), ("CHƯƠNG", "TRÌNH"), ("THÔNG", "BÁO"), ("QUYẾT", "ĐỊNH"), ("HƯỚNG", "DẪN") }
            .Select(k => (Canonical(k.Item1), Canonical(k.Item2))).ToArray();

    /// <summary>A document-kind word broken after its first syllable: "KẾ" on one line, "HOẠCH …" on the next.</summary>
    private static bool IsBrokenKindWord(string line, string next)
    {
        // Called at every soft line break: only a lone short word is worth a closer look.
        if (line.Length is 0 or > 6 || line.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        var first = Canonical(line);
        var space = next.IndexOf(' ', StringComparison.Ordinal);
        var second = Canonical(space < 0 ? next : next[..space]);
        return KindWords.Any(k => k.First == first && k.Second == second);
    }

    private static string Canonical(string word) => Core.Text.VietnameseText.CanonicalTones(word).ToUpperInvariant();

    /// <summary>True when <paramref name="next"/> reads on from <paramref name="line"/> mid-sentence.</summary>
    public static bool ContinuesSentence(string line, string next) =>
        line.Length > 0 && next.Length > 0 && !EndsSentence(line) && char.IsLower(next[0]);

    /// <summary>True when the text ends with a sentence or clause end: . : ; ! ? or ")".</summary>
    public static bool EndsSentence(string text)
    {
        var trimmed = text.AsSpan().TrimEnd();
        return trimmed.Length > 0 && trimmed[^1] is '.' or ':' or ';' or '!' or '?' or ')' or '…';
    }

    /// <summary>At least two letters and none of them lower case.</summary>
    private static bool IsCapitals(string line)
    {
        var letters = 0;
        foreach (var c in line)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    // A capitalised label of a few words ending in ":" (within ~40 characters) opens a field of its
    // own; a wrapped line rarely starts with a capital and a colon that soon.
    [GeneratedRegex(@"^\p{Lu}[\p{L}\p{M} ,/-]{0,38}:(?=\s|$)")]
    private static partial Regex FieldLabel();

    // "- Lưu VT.", "Lưu: VPĐU": the last recipient line.
    [GeneratedRegex(@"^(?:[-–+•]\s*)?(?:Lưu|LƯU)\b")]
    private static partial Regex ArchiveLine();

    private enum Break
    {
        Keep,
        Space,
        Split,
    }

    /// <summary>A line that is only a list label: "I.", "II -", "1.", "2.1.", "a)".</summary>
    [GeneratedRegex(@"^(?:[IVXLC]{1,7}|\d{1,2}(?:\.\d{1,2})*|[a-zđ])\s?[.)\-–]$", RegexOptions.CultureInvariant)]
    private static partial Regex BareLabel();
}
