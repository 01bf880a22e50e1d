using DocIngest.Core.Documents;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Syntax;
using DocBlock = DocIngest.Core.Documents.Block;
using DocParagraph = DocIngest.Core.Documents.ParagraphBlock;
using DocTableCell = DocIngest.Core.Documents.TableCell;
using DocTableRow = DocIngest.Core.Documents.TableRow;
using MdBlock = Markdig.Syntax.Block;
using MdParagraph = Markdig.Syntax.ParagraphBlock;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace DocIngest.Reading.Markdown.Internal;

/// <summary>
/// Walks the Markdig syntax tree and produces body blocks (positions are assigned later) and the
/// Markdown footnotes (<c>[^1]</c>). Labels of list items are taken from the source as printed.
/// </summary>
internal sealed class BlockConverter(string source, TextLayout layout, CancellationToken cancellationToken)
{
    private readonly List<Note> _notes = [];

    public List<Note> Notes => _notes;

    /// <summary>Body blocks of <paramref name="document"/>; fills <see cref="Notes"/>.</summary>
    public List<DocBlock> Convert(MarkdownDocument document)
    {
        var output = new List<DocBlock>();
        VisitContainer(document, null, output);
        return output;
    }

    /// <summary>
    /// Body blocks of text read without Markdown: blank lines separate paragraphs. The fallback
    /// for text Markdig refuses (markup nested past its depth limit).
    /// </summary>
    public List<DocBlock> ConvertPlain(string text)
    {
        var output = new List<DocBlock>();
        var paragraph = new System.Text.StringBuilder();
        var softBreaks = new List<int>();
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                FlushPlain(paragraph, softBreaks, output);
                continue;
            }

            if (paragraph.Length > 0)
            {
                softBreaks.Add(paragraph.Length);
                paragraph.Append('\n');
            }

            paragraph.Append(trimmed);
        }

        FlushPlain(paragraph, softBreaks, output);
        return output;
    }

    private void FlushPlain(System.Text.StringBuilder paragraph, List<int> softBreaks, List<DocBlock> output)
    {
        if (paragraph.Length == 0)
        {
            return;
        }

        var text = paragraph.ToString();
        var flat = new FlatParagraph(
            new DocParagraph(BlockPosition.InBody(0), text) { Runs = [new TextRun(0, text.Length, RunFormatting.None)] },
            softBreaks.ToList());
        AddParagraphs(flat, null, output, null);
        paragraph.Clear();
        softBreaks.Clear();
    }

    private void VisitContainer(ContainerBlock container, int? listLevel, List<DocBlock> output)
    {
        foreach (var block in container)
        {
            cancellationToken.ThrowIfCancellationRequested();
            VisitBlock(block, listLevel, output);
        }
    }

    private void VisitBlock(MdBlock block, int? listLevel, List<DocBlock> output)
    {
        switch (block)
        {
            case HeadingBlock heading:
                AddParagraphs(InlineFlattener.Flatten(heading.Inline), listLevel, output, heading.Level);
                break;
            case MdParagraph paragraph:
                AddParagraphs(InlineFlattener.Flatten(paragraph.Inline), listLevel, output, null);
                break;
            case ListBlock list:
                VisitList(list, listLevel is { } level ? level + 1 : 0, output);
                break;
            case MdTable table:
                output.Add(ConvertTable(table));
                break;
            case FootnoteGroup group:
                foreach (var footnote in group.OfType<Footnote>())
                {
                    AddFootnote(footnote);
                }

                break;
            case LinkReferenceDefinitionGroup or ThematicBreakBlock:
                break;
            case LeafBlock leaf when leaf.Inline is not null:
                AddParagraphs(InlineFlattener.Flatten(leaf.Inline), listLevel, output, null);
                break;
            case LeafBlock leaf:
                // Code and HTML blocks: in a plan file these are text that happened to look like
                // code (indented, fenced); keep each line as a paragraph.
                foreach (var line in leaf.Lines.Lines.Take(leaf.Lines.Count))
                {
                    var text = line.Slice.ToString().Trim();
                    if (text.Length > 0)
                    {
                        output.Add(new DocParagraph(BlockPosition.InBody(0), text)
                        {
                            Runs = [new TextRun(0, text.Length, RunFormatting.None)],
                            ListLevel = listLevel,
                        });
                    }
                }

                break;
            case ContainerBlock inner:
                VisitContainer(inner, listLevel, output);
                break;
        }
    }

    private void AddParagraphs(FlatParagraph flat, int? listLevel, List<DocBlock> output, int? headingLevel)
    {
        var first = true;
        foreach (var paragraph in LineBreakPolicy.Apply(flat, layout))
        {
            // Lines split off a list item's paragraph were lazy continuation lines, i.e. text
            // after the item ("3. …" then "II. NỘI DUNG" with no blank line): not in the list.
            output.Add(paragraph with { HeadingLevel = headingLevel, ListLevel = first ? listLevel : null });
            first = false;
        }
    }

    private void VisitList(ListBlock list, int level, List<DocBlock> output)
    {
        foreach (var item in list.OfType<ListItemBlock>())
        {
            var label = SourceLabel(item);
            var first = output.Count;
            VisitContainer(item, level, output);
            if (first < output.Count && output[first] is DocParagraph labelled && labelled.ListLevel == level)
            {
                output[first] = labelled with { ListLabel = label, ListKind = list.IsOrdered ? ListKind.Decimal : ListKind.Bullet };
            }
            else
            {
                // An empty item ("*" alone on a line, as under a party header) is just that text.
                output.Insert(first, new DocParagraph(BlockPosition.InBody(0), label)
                {
                    Runs = [new TextRun(0, label.Length, RunFormatting.None)],
                });
            }
        }
    }

    /// <summary>The item's label exactly as printed ("1.", "02)", "-", "*").</summary>
    private string SourceLabel(ListItemBlock item)
    {
        var start = Math.Clamp(item.Span.Start, 0, source.Length);
        var end = start;
        while (end < source.Length && !char.IsWhiteSpace(source[end]))
        {
            end++;
        }

        return source[start..end];
    }

    private TableBlock ConvertTable(MdTable table)
    {
        var rows = new List<DocTableRow>();
        foreach (var row in table.OfType<MdTableRow>())
        {
            var cells = new List<DocTableCell>();
            var column = 0;
            foreach (var cell in row.OfType<MdTableCell>())
            {
                var blocks = new List<DocBlock>();
                VisitContainer(cell, null, blocks);
                var span = Math.Max(1, cell.ColumnSpan);
                cells.Add(new DocTableCell(rows.Count, column, Math.Max(1, cell.RowSpan), span, blocks));
                column += span;
            }

            rows.Add(new DocTableRow(rows.Count, cells) { IsHeader = row.IsHeader });
        }

        return new TableBlock(BlockPosition.InBody(0), rows);
    }

    private void AddFootnote(Footnote footnote)
    {
        var id = FootnoteId(footnote);
        var blocks = new List<DocBlock>();
        VisitContainer(footnote, null, blocks);
        var paragraphs = blocks.OfType<DocParagraph>()
            .Select((p, i) => p with { Position = new BlockPosition(DocumentPart.Footnote, i, id), ListLevel = null })
            .ToList();
        _notes.Add(new Note(NoteKind.Footnote, id, id, paragraphs));
    }

    /// <summary>"[^1]" → "1": Markdig keeps the caret in the label.</summary>
    public static string FootnoteId(Footnote footnote) =>
        footnote.Label is { Length: > 0 } label
            ? label.TrimStart('^')
            : footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
