using System.Text;
using DocIngest.Core.Documents;

namespace DocIngest.Reading.Markdown.Internal;

/// <summary>Final pass: list labels Markdown does not know, paragraph length limit, positions.</summary>
internal static class DocumentAssembler
{
    /// <summary>Applies <paramref name="map"/> to a paragraph, or to every paragraph of a table's cells.</summary>
    public static Block MapParagraphs(Block block, Func<ParagraphBlock, ParagraphBlock> map) => block switch
    {
        ParagraphBlock paragraph => map(paragraph),
        TableBlock table => table with
        {
            Rows = table.Rows.Select(row => row with
            {
                Cells = row.Cells.Select(cell => cell with
                {
                    Blocks = cell.Blocks.Select(b => MapParagraphs(b, map)).ToList(),
                }).ToList(),
            }).ToList(),
        },
        _ => block,
    };

    /// <summary>Labels found in plain paragraphs' text ("I. MỤC ĐÍCH" → "I." + "MỤC ĐÍCH").</summary>
    public static ParagraphBlock DetectLabel(ParagraphBlock block)
    {
        if (block is not { ListLabel: null } paragraph ||
            ListLabelDetector.Detect(paragraph.Text) is not { } label)
        {
            return block;
        }

        var rest = ParagraphEdit.Slice(paragraph, label.TextStart, paragraph.Text.Length);
        // A labelled paragraph inside a list item (its continuation) is a sub-item.
        return rest with { ListLabel = label.Label, ListKind = label.Kind, ListLevel = paragraph.ListLevel is { } level ? level + 1 : 0 };
    }

    /// <summary>
    /// A paragraph that is only a printed rule ("-------", "______", "==="), as under the issuer in
    /// a header; layout, not text. A lone "*" is kept: it is the party header's asterisk.
    /// </summary>
    public static bool IsRule(Block block) =>
        block is ParagraphBlock { ListLabel: null } paragraph && paragraph.Text.Length >= 3 &&
        paragraph.Text.All(c => c is '-' or '_' or '=' or '*' or '~' or '–' or '—' or ' ');

    /// <summary>Gives every block its final position (table cells included).</summary>
    public static Block Position(Block block, BlockPosition position) => block switch
    {
        ParagraphBlock paragraph => paragraph with { Position = position },
        TableBlock table => new TableBlock(position, table.Rows.Select(row => row with
        {
            Cells = row.Cells.Select(cell => cell with
            {
                Blocks = cell.Blocks.Select((b, i) => Position(b, position.InCell(cell.Row, cell.Column, i))).ToList(),
            }).ToList(),
        }).ToList()),
        _ => block,
    };

    /// <summary>
    /// The input was NFC before parsing, but cutting out a note mark that stood between a letter
    /// and a combining mark can leave a pair NFC would compose. Rare enough that such a paragraph
    /// just keeps one run with its first run's formatting.
    /// </summary>
    public static ParagraphBlock EnsureNfc(ParagraphBlock paragraph)
    {
        if (paragraph.Text.IsNormalized(NormalizationForm.FormC))
        {
            return paragraph;
        }

        var text = paragraph.Text.Normalize(NormalizationForm.FormC);
        var formatting = paragraph.Runs.Count > 0 ? paragraph.Runs[0].Formatting : RunFormatting.None;
        return paragraph with
        {
            Text = text,
            Runs = text.Length == 0 ? [] : [new TextRun(0, text.Length, formatting)],
            NoteReferences = paragraph.NoteReferences.Select(r => r with { Offset = Math.Min(r.Offset, text.Length) }).ToList(),
        };
    }

    /// <summary>Cuts paragraphs longer than <paramref name="maxChars"/>, reporting each cut.</summary>
    public static Block Limit(Block block, int maxChars, List<ReadDiagnostic> diagnostics)
    {
        if (block is ParagraphBlock paragraph && paragraph.Text.Length > maxChars)
        {
            diagnostics.Add(new ReadDiagnostic("paragraph-truncated",
                $"A paragraph of {paragraph.Text.Length:N0} characters was cut to {maxChars:N0}."));
            return ParagraphEdit.Slice(paragraph, 0, maxChars);
        }

        return block;
    }
}
