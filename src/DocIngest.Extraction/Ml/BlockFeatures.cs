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
    public const int Version = 2;

    /// <summary>Every block with its features, in reading order (what training and evaluation use).</summary>
    public static IReadOnlyList<BlockSample> Enumerate(DocumentModel document) => new BlockIndex(document).All();

    /// <summary>The paragraphs a classifier sees, in reading order: body paragraphs, table-cell paragraphs, note paragraphs.</summary>
    internal static List<RawBlock> Walk(DocumentModel document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var raw = new List<RawBlock>();
        foreach (var block in document.Body)
        {
            if (block is ParagraphBlock paragraph)
            {
                raw.Add(new RawBlock(paragraph, "body", null, -1, -1));
            }
            else if (block is TableBlock table)
            {
                foreach (var cell in table.Rows.SelectMany(r => r.Cells))
                {
                    var header = cell.Row == 0 ? null : table.CellAt(0, cell.Column);
                    raw.AddRange(cell.Paragraphs().Select(p => new RawBlock(p, "cell", header, cell.Row, cell.Column)));
                }
            }
        }

        foreach (var note in document.Notes)
        {
            raw.AddRange(note.Paragraphs.Select(p => new RawBlock(p, "note", null, -1, -1)));
        }

        return raw;
    }

    /// <summary>The printed label and the text of a block; null text when it has no letter or digit (no sample).</summary>
    internal static (string? Label, string? Text) Split(ParagraphBlock paragraph)
    {
        var flat = VietnameseText.CollapseWhiteSpace(paragraph.Text.Replace('\n', ' ').Replace('\t', ' '));
        var (label, text) = paragraph.ListLabel is { } printed ? (printed, flat) : LabelSplitter.Split(flat);
        return (label, text.Any(char.IsLetterOrDigit) ? text : null);
    }

    internal static string LabelKindName(string? label) => label is null ? "None" : LabelSplitter.Classify(label).ToString();

    /// <summary>The previous-block feature: its label shape, bold or plain, and part.</summary>
    internal static string Shape(RawBlock block, string? label) =>
        $"{LabelKindName(label)}|{(block.Paragraph.BoldShare >= 0.6 ? "bold" : "plain")}|{block.Part}";

    internal static BlockSample Sample(RawBlock block, string? label, string text, float position, string previous)
    {
        var input = new BlockRoleInput
        {
            Text = VietnameseText.CanonicalTones(text).ToLowerInvariant(),
            Folded = VietnameseText.FoldKey(text),
            // A constant word outside tables keeps the header vocabulary non-empty for any training set.
            Header = block.Part == "cell" ? VietnameseText.FoldKey(block.Header?.Text ?? string.Empty) : "ngoai_bang",
            LabelKind = LabelKindName(label),
            Part = block.Part,
            Numeric = Numeric(block.Paragraph, text, position, block.Row, block.Column),
            Previous = previous,
        };
        return new BlockSample(block.Paragraph, text, input);
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
