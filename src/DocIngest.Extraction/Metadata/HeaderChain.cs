using System.Text.RegularExpressions;
using DocIngest.Extraction.Layout;

namespace DocIngest.Extraction.Metadata;

/// <summary>
/// Reads the issuer column of the header as a chain of bodies, parent first:
/// "ĐẢNG BỘ TỈNH X" / "ĐẢNG ỦY XÃ Y", or "ỦY BAN NHÂN DÂN" / "HUYỆN Z" (one body over two lines).
/// Works on a Word header table, on the header flattened column by column, on plain text with
/// both columns on one line, and on a header collapsed onto one line.
/// </summary>
internal static partial class HeaderChain
{
    private static readonly string[] CueStarts = ["cong hoa xa hoi", "doc lap", "dang cong san viet nam", "v/v", "ngay "];

    // Words that open a body's name. A line that opens with one starts a new body; any other line
    // ("HUYỆN ĐÔNG SƠN", "GIÁO DỤC THƯỜNG XUYÊN") continues the one above.
    private static readonly string[] BodyHeads =
    [
        "uy ban", "ubnd", "hoi dong", "ban ", "so ", "phong ", "truong ", "trung tam", "benh vien", "hoi ", "dang uy", "dang bo",
        "dang doan", "chi bo", "van phong", "tinh uy", "huyen uy", "thanh uy", "quan uy", "thi uy", "tinh doan", "huyen doan",
        "thanh doan", "doan ", "chi cuc", "cuc ", "bo ", "tong cuc", "bao hiem", "cong an", "thanh tra", "kho bac", "hoc vien", "cong ty",
    ];

    // Inside a collapsed line these heads start a new body unless the word before makes them part
    // of one name ("ĐẢNG ỦY BỆNH VIỆN", "CHI BỘ TRƯỜNG").
    [GeneratedRegex(@"(?<=\S)\s+(?<!(?:ỦY|UỶ|BỘ|BAN)\s+)(?=(?:BAN|SỞ|PHÒNG|VĂN PHÒNG|TRUNG TÂM|TRƯỜNG|ĐẢNG ỦY|ĐẢNG UỶ|CHI BỘ|BỆNH VIỆN|ỦY BAN KIỂM TRA)\s)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InteriorHead();

    // Where a collapsed header line leaves the issuer: the party asterisk, "Số …", the motto.
    [GeneratedRegex(@"\s(?:\*|Số\s*[:.]?\s*(?=[\d…._-]|$)|SỐ\s*[:.]?\s*(?=[\d…._-]|$)|CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN|Độc lập)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CollapsedCue();

    [GeneratedRegex(@"^so\s*(?:ky\s*hieu\s*)?[:.]?\s*(?:[\d….\-_/]|$)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"ngay\s*(?:\d|…|\.\.|_|thang)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DateLine();

    /// <summary>The bodies of the issuer column, parent first, each as printed (upper case).</summary>
    public static IReadOnlyList<string> Bodies(IReadOnlyList<Line> header)
    {
        var bodies = new List<string>();
        ParagraphKey? last = null;
        foreach (var line in header)
        {
            if ((line.Region == LineRegion.HeaderTable && line.Paragraph.Position.Column is > 0) || LineColumns.IsIndented(line))
            {
                continue;
            }

            var (text, collapsed) = LeftOfCues(LineColumns.Of(line)[0]);
            var nationalOrganisation = bodies.Count > 0 && IsNationalOrganisation(text) && last != ParagraphKey.Of(line);
            if (!IsIssuerText(text) || nationalOrganisation)
            {
                if (bodies.Count > 0 && (nationalOrganisation || EndsIssuerColumn(line)))
                {
                    break;
                }

                continue;
            }

            var parts = collapsed ? InteriorHead().Split(text) : [text];
            foreach (var part in parts.Select(p => p.Trim()).Where(p => p.Length > 0))
            {
                if (bodies.Count == 0 || (StartsBody(part) && !Continues(bodies[^1])))
                {
                    bodies.Add(part);
                }
                else
                {
                    bodies[^1] = bodies[^1].TrimEnd() + " " + part;
                }
            }

            last = ParagraphKey.Of(line);
        }

        return bodies;
    }

    /// <summary>True for a "Số: …" line (also "Số:" alone and blank "Số   -KH/ĐU"), not for a body such as "SỞ NỘI VỤ".</summary>
    public static bool IsNumberLine(Line line) => NumberLine().IsMatch(line.Folded);

    // Flattened text may alternate the columns line by line ("ỦY BAN NHÂN DÂN", "CỘNG HÒA …",
    // "TỈNH X", "Độc lập …"), so the motto does not end the issuer; the number, the date line or
    // the body's first sentence does.
    private static bool EndsIssuerColumn(Line line) =>
        line.Label is not null || NumberLine().IsMatch(line.Folded) || DateLine().IsMatch(line.Folded)
        || (line.Text.Length > 80 && !DocumentKinds.IsUpper(line.Text));

    private static bool IsIssuerText(string text)
    {
        var folded = DocumentKinds.Fold(text);
        return text.Length > 0 && !char.IsDigit(text[0]) && DocumentKinds.IsUpper(text) && !DocumentKinds.IsRule(text)
            && !CueStarts.Any(folded.StartsWith) && !NumberLine().IsMatch(folded);
    }

    // "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM", "ĐOÀN TNCS HỒ CHÍ MINH": the national organisation printed
    // over the date where a state header has its motto.
    private static bool IsNationalOrganisation(string text)
    {
        var folded = DocumentKinds.Fold(text);
        string[] places = ["thanh pho ", "tinh ", "huyen ", "xa ", "quan ", "phuong "];
        return (folded.EndsWith("viet nam", StringComparison.Ordinal) || folded.EndsWith("ho chi minh", StringComparison.Ordinal))
            && !places.Any(folded.StartsWith) && !CueStarts.Any(folded.StartsWith);
    }

    private static (string Text, bool Collapsed) LeftOfCues(string text)
    {
        var cue = CollapsedCue().Match(text);
        return cue.Success ? (text[..cue.Index].Trim(), true) : (text.Trim(), false);
    }

    private static bool StartsBody(string part)
    {
        var folded = DocumentKinds.Fold(part) + " ";
        return BodyHeads.Any(folded.StartsWith);
    }

    // A name broken after a joining word or dash goes on ("TRUNG TÂM … -" / "GIÁO DỤC THƯỜNG XUYÊN").
    private static bool Continues(string body)
    {
        var trimmed = body.TrimEnd();
        return trimmed.EndsWith('-') || trimmed.EndsWith('–') || trimmed.EndsWith(',') || trimmed.EndsWith('&')
            || DocumentKinds.Fold(trimmed).EndsWith(" va", StringComparison.Ordinal);
    }

    /// <summary>Identifies the paragraph a line came from, so soft-broken lines of one cell stay together.</summary>
    private sealed record ParagraphKey(string Position)
    {
        public static ParagraphKey Of(Line line) => new(line.Paragraph.Position.ToString());
    }
}
