using DocIngest.Core.Text;
using DocIngest.Extraction.Layout;

namespace DocIngest.Extraction.Metadata;

/// <summary>
/// Reads the kind ("KẾ HOẠCH") and the title lines under it. The title runs over several lines
/// in one style (all bold, or all upper case); it ends at a rule, at a change of style, or where
/// the preamble starts ("Thực hiện …", "Căn cứ …"). A Công văn has no kind line: its subject
/// stands under the number as "V/v …".
/// </summary>
internal static class TitleBlock
{
    private const int MaxTitleLines = 5;
    private const int MaxTitleLength = 250;

    // Openings of preamble sentences. "theo" and "thực hiện" also continue titles
    // ("… theo Kết luận kiểm tra …"), so for them a title-length line still counts as title.
    private static readonly string[] AlwaysPreamble = ["can cu ", "(kem theo", "kinh gui", "hom nay", "thua lenh", "thua uy quyen"];
    private static readonly string[] LongPreamble = ["thuc hien ", "nham ", "de ", "ngay ", "theo ", "sau khi "];
    private const int ShortTitleLine = 120;

    public static (string? Kind, string? Title, int TitleEnd) Read(ExtractionContext context)
    {
        var lines = context.Lines;
        var index = context.KindLineIndex;
        if (index < 0)
        {
            return ReadSubjectLine(lines);
        }

        var kindLine = lines[index];
        var parts = new List<Line>();
        string kind;
        string? inlineTitle = null;
        if (DocumentKinds.KindOf(kindLine.Folded) is { } whole)
        {
            kind = whole;
        }
        else
        {
            (kind, inlineTitle) = DocumentKinds.KindPrefix(kindLine)!.Value;
        }

        var texts = new List<string>();
        if (!string.IsNullOrWhiteSpace(inlineTitle))
        {
            texts.Add(inlineTitle);
            parts.Add(kindLine);
        }

        var i = index + 1;
        for (; i < lines.Count && texts.Count < MaxTitleLines; i++)
        {
            var line = lines[i];
            if (line.Text.Length == 0 || DocumentKinds.IsRule(line.Text))
            {
                if (texts.Count > 0)
                {
                    i++;
                    break;
                }

                continue;
            }

            if (!Continues(line, parts.Count == 0 ? null : parts[0], texts.Count, inlineTitle is not null))
            {
                break;
            }

            parts.Add(line);
            texts.Add(line.Text);
        }

        var title = texts.Count == 0 ? null : VietnameseText.CollapseWhiteSpace(string.Join(' ', texts));
        return (kind, title, i);
    }

    private static bool Continues(Line line, Line? first, int partsSoFar, bool firstIsKindLine)
    {
        if (line.Label is not null || line.Region is LineRegion.OtherTable or LineRegion.ClosingTable || line.Text.Length > MaxTitleLength)
        {
            return false;
        }

        if (partsSoFar == 0)
        {
            // A long sentence that ends with a colon introduces the body rather than naming the plan.
            return !(line.Text.EndsWith(':') && line.Text.Length > 80) && !AlwaysPreamble.Any(line.Folded.StartsWith);
        }

        var f = line.Folded;
        if (AlwaysPreamble.Any(f.StartsWith) || (LongPreamble.Any(f.StartsWith) && line.Text.Length > ShortTitleLine)
            || line.Text.EndsWith(':') || line.Text.EndsWith(';') || line.Text.Length >= 200)
        {
            return false;
        }

        return first is null || firstIsKindLine || SameStyle(first, line);
    }

    // Title lines share one look: a bold title does not go on into a plain sentence, and a
    // sentence-case title does not go on into an upper-case line (the issuing authority of a
    // Quyết định, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …").
    private static bool SameStyle(Line first, Line line)
    {
        var formatted = first.Paragraph.Runs.Count > 0 && line.Paragraph.Runs.Count > 0;
        if (formatted && first.IsBold != line.IsBold)
        {
            return false;
        }

        return DocumentKinds.IsUpper(first.Text) == DocumentKinds.IsUpper(line.Text);
    }

    // "V/v đôn đốc báo cáo …" under the number of a Công văn: the subject is its title.
    private static (string? Kind, string? Title, int TitleEnd) ReadSubjectLine(IReadOnlyList<Line> lines)
    {
        var limit = Math.Min(lines.Count, 40);
        for (var i = 0; i < limit; i++)
        {
            var text = lines[i].Text;
            if (!lines[i].Folded.StartsWith("v/v", StringComparison.Ordinal))
            {
                continue;
            }

            var parts = new List<string> { text[3..].Trim().TrimStart(':').Trim() };
            for (var j = i + 1; j < limit && lines[j].Paragraph == lines[i].Paragraph; j++)
            {
                parts.Add(lines[j].Text);
            }

            var subject = VietnameseText.CollapseWhiteSpace(string.Join(' ', parts));
            return subject.Length == 0 ? (null, null, 0) : ("Công văn", subject, 0);
        }

        return (null, null, 0);
    }
}
