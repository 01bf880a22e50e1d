using System.Text;
using DocIngest.Core.Documents;

namespace DocIngest.Cli.Output;

/// <summary>
/// The document model as text a person can scan: one line per paragraph with its position,
/// label, style and marks (**bold**, _italic_, ^superscript^, [^note]), tables cell by cell, notes last.
/// </summary>
internal static class DocumentModelText
{
    public static string Write(DocumentModel model)
    {
        var text = new StringBuilder();
        text.AppendLine($"# {model.SourceName}: {model.Body.Count} blocks, {model.Notes.Count} notes");
        foreach (var paragraph in model.Headers)
        {
            text.AppendLine($"header  {Paragraph(paragraph)}");
        }

        foreach (var block in model.Body)
        {
            WriteBlock(text, block, string.Empty);
        }

        foreach (var paragraph in model.Footers)
        {
            text.AppendLine($"footer  {Paragraph(paragraph)}");
        }

        foreach (var note in model.Notes)
        {
            text.AppendLine($"{note.Kind.ToString().ToLowerInvariant()} {note.Id} ({note.Mark ?? "-"}): {note.Text}");
        }

        foreach (var diagnostic in model.Diagnostics)
        {
            text.AppendLine($"! {diagnostic.Code}: {diagnostic.Message}");
        }

        return text.ToString();
    }

    private static void WriteBlock(StringBuilder text, Block block, string indent)
    {
        switch (block)
        {
            case ParagraphBlock paragraph:
                text.AppendLine($"{indent}{paragraph.Position,-12} {Paragraph(paragraph)}");
                break;
            case TableBlock table:
                text.AppendLine($"{indent}{table.Position,-12} table {table.Rows.Count}x{table.ColumnCount}");
                foreach (var cell in table.Rows.SelectMany(r => r.Cells))
                {
                    var span = cell.RowSpan > 1 || cell.ColumnSpan > 1 ? $" span {cell.RowSpan}x{cell.ColumnSpan}" : string.Empty;
                    text.AppendLine($"{indent}  r{cell.Row}c{cell.Column}{span}:");
                    foreach (var inner in cell.Blocks)
                    {
                        WriteBlock(text, inner, indent + "    ");
                    }
                }

                break;
        }
    }

    private static string Paragraph(ParagraphBlock paragraph)
    {
        var line = new StringBuilder();
        if (paragraph.HeadingLevel is { } level)
        {
            line.Append($"<h{level}> ");
        }

        if (paragraph.ListLabel is { } label)
        {
            line.Append($"[{label}]{(paragraph.ListLevel is > 0 ? $"@{paragraph.ListLevel}" : string.Empty)} ");
        }

        line.Append(Marked(paragraph));
        if (paragraph.StyleName is { } style)
        {
            line.Append($"  {{{style}}}");
        }

        return line.ToString();
    }

    private static string Marked(ParagraphBlock paragraph)
    {
        var runs = paragraph.Runs.Count > 0 ? paragraph.Runs : [new TextRun(0, paragraph.Text.Length, RunFormatting.None)];
        var text = new StringBuilder();
        foreach (var run in runs)
        {
            var piece = paragraph.Text.Substring(Math.Min(run.Start, paragraph.Text.Length), Math.Max(0, Math.Min(run.Length, paragraph.Text.Length - run.Start)));
            var (open, close) = (string.Empty, string.Empty);
            if (run.Has(RunFormatting.Bold))
            {
                (open, close) = ("**", "**");
            }

            if (run.Has(RunFormatting.Italic))
            {
                (open, close) = (open + "_", "_" + close);
            }

            if (run.Has(RunFormatting.Superscript))
            {
                (open, close) = (open + "^", "^" + close);
            }

            text.Append(open).Append(piece).Append(close);
        }

        // Note marks are listed after the text with their offsets: inserting them would shift the runs.
        foreach (var note in paragraph.NoteReferences)
        {
            text.Append($" [^{note.NoteId}@{note.Offset}]");
        }

        return text.ToString();
    }
}
