using DocIngest.Core.Documents;
using DocIngest.Core.Text;
using DocIngest.Extraction.Layout;

namespace DocIngest.Extraction.Ml;

/// <summary>
/// Lists the blocks of a document (body paragraphs, table-cell paragraphs, note paragraphs) in
/// reading order with their features: text, folded text, label shape and level, heading level,
/// bold / italic share, note marks, part, column header and relative position.
/// </summary>
public static class BlockFeatures
{
    public const int NumericCount = 12;

    /// <summary>Bumped whenever a feature changes meaning; a model trained on another version is refused.</summary>
    public const int Version = 1;

    public static IReadOnlyList<BlockSample> Enumerate(DocumentModel document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var raw = new List<(ParagraphBlock Paragraph, string Part, string Header, int Row, int Column)>();
        foreach (var block in document.Body)
        {
            if (block is ParagraphBlock paragraph)
            {
                raw.Add((paragraph, "body", string.Empty, -1, -1));
            }
            else if (block is TableBlock table)
            {
                foreach (var cell in table.Rows.SelectMany(r => r.Cells))
                {
                    var header = cell.Row == 0 ? string.Empty : table.CellAt(0, cell.Column)?.Text ?? string.Empty;
                    foreach (var p in cell.Paragraphs())
                    {
                        raw.Add((p, "cell", VietnameseText.FoldKey(header), cell.Row, cell.Column));
                    }
                }
            }
        }

        foreach (var note in document.Notes)
        {
            raw.AddRange(note.Paragraphs.Select(p => (p, "note", string.Empty, -1, -1)));
        }

        var samples = new List<BlockSample>(raw.Count);
        for (var i = 0; i < raw.Count; i++)
        {
            var (paragraph, part, header, row, column) = raw[i];
            var flat = VietnameseText.CollapseWhiteSpace(paragraph.Text.Replace('\n', ' ').Replace('\t', ' '));
            var (label, text) = paragraph.ListLabel is { } printed ? (printed, flat) : LabelSplitter.Split(flat);
            if (!text.Any(char.IsLetterOrDigit))
            {
                continue;
            }

            var lower = VietnameseText.CanonicalTones(text).ToLowerInvariant();
            var input = new BlockRoleInput
            {
                Text = lower,
                Folded = VietnameseText.FoldKey(text),
                // A constant word outside tables keeps the header vocabulary non-empty for any training set.
                Header = part == "cell" ? header : "ngoai_bang",
                LabelKind = label is null ? "None" : LabelSplitter.Classify(label).ToString(),
                Part = part,
                Numeric = Numeric(paragraph, text, raw.Count == 0 ? 0 : (float)i / raw.Count, row, column),
            };
            samples.Add(new BlockSample(paragraph, text, input));
        }

        return samples;
    }

    private static float[] Numeric(ParagraphBlock paragraph, string text, float position, int row, int column)
    {
        var letters = text.Count(char.IsLetter);
        var upper = text.Count(char.IsUpper);
        var superscript = paragraph.Runs.Any(r => r.Has(RunFormatting.Superscript)) ? 1f : 0f;
        return
        [
            position,
            (float)paragraph.BoldShare,
            (float)paragraph.ItalicShare,
            Math.Min(paragraph.NoteReferences.Count, 3) / 3f,
            superscript,
            paragraph.HeadingLevel is { } level ? (10 - Math.Min(level, 9)) / 10f : 0f,
            paragraph.ListLevel is { } listLevel ? (1 + Math.Min(listLevel, 4)) / 5f : 0f,
            Math.Min(text.Length, 400) / 400f,
            letters == 0 ? 0f : (float)upper / letters,
            row == 0 ? 1f : 0f,
            row < 0 ? 0f : (1 + Math.Min(column, 7)) / 8f,
            text.TrimEnd().EndsWith(':') ? 1f : 0f,
        ];
    }
}
