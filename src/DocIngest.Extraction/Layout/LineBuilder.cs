using DocIngest.Core.Documents;
using DocIngest.Core.Text;

namespace DocIngest.Extraction.Layout;

/// <summary>
/// Flattens the document model into the lines the rules read: body paragraphs in order, with
/// header and closing tables marked so metadata rules find them and structure rules skip them.
/// Soft line breaks split a paragraph into several lines (header cells and signature blocks use
/// them as line ends).
/// </summary>
internal static class LineBuilder
{
    private static readonly string[] HeaderCues = ["cong hoa xa hoi", "dang cong san viet nam", "doc lap - tu do", "so:", "so "];
    private static readonly string[] ClosingCues = ["noi nhan", "k/t ", "t/m ", "tm. ", "kt. ", "tm ", "kt "];

    public static IReadOnlyList<Line> Build(DocumentModel document, ISet<TableBlock> taskTables)
    {
        var lines = new List<Line>();
        var seenBodyText = false;
        foreach (var block in document.Body)
        {
            switch (block)
            {
                case ParagraphBlock paragraph:
                    AddParagraph(lines, paragraph, LineRegion.Body);
                    seenBodyText |= paragraph.Text.Length > 40;
                    break;
                case TableBlock table when taskTables.Contains(table):
                    break;
                case TableBlock table:
                    var region = Classify(table, seenBodyText);
                    foreach (var cell in table.Rows.SelectMany(r => r.Cells).OrderBy(c => region == LineRegion.HeaderTable ? c.Column : 0))
                    {
                        foreach (var paragraph in cell.Paragraphs())
                        {
                            AddParagraph(lines, paragraph, region);
                        }
                    }

                    break;
            }
        }

        return lines;
    }

    private static LineRegion Classify(TableBlock table, bool seenBodyText)
    {
        var folded = VietnameseText.FoldKey(string.Join(' ', table.Rows.SelectMany(r => r.Cells).Select(c => c.Text)));
        if (!seenBodyText && HeaderCues.Any(folded.Contains))
        {
            return LineRegion.HeaderTable;
        }

        if (ClosingCues.Any(folded.Contains) && folded.Length < 3000)
        {
            return LineRegion.ClosingTable;
        }

        return LineRegion.OtherTable;
    }

    private static void AddParagraph(List<Line> lines, ParagraphBlock paragraph, LineRegion region)
    {
        var pieces = paragraph.Text.Split('\n');
        for (var i = 0; i < pieces.Length; i++)
        {
            var piece = VietnameseText.CollapseWhiteSpace(pieces[i].Replace('\t', ' '));
            if (piece.Length == 0 && !(i == 0 && paragraph.ListLabel is not null))
            {
                continue;
            }

            string? label;
            LabelKind kind;
            string text;
            if (i == 0 && paragraph.ListLabel is { } printed)
            {
                label = printed;
                kind = KindOf(paragraph.ListKind, printed);
                text = piece;
            }
            else
            {
                (label, text) = LabelSplitter.Split(piece);
                kind = LabelSplitter.Classify(label);
            }

            lines.Add(new Line(lines.Count, paragraph, label, kind, text, region));
        }
    }

    private static LabelKind KindOf(ListKind listKind, string label) => listKind switch
    {
        ListKind.UpperRoman or ListKind.LowerRoman => LabelKind.Roman,
        ListKind.Decimal when label.Count(c => c == '.') > 1 => LabelKind.MultiLevel,
        ListKind.Decimal => LabelKind.Decimal,
        ListKind.UpperLetter or ListKind.LowerLetter => LabelKind.Letter,
        _ => LabelSplitter.Classify(label),
    };
}
