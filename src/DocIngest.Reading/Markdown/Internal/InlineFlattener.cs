using System.Text;
using DocIngest.Core.Documents;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax.Inlines;

namespace DocIngest.Reading.Markdown.Internal;

/// <summary>Flattens Markdig inlines into text, formatting runs and note references.</summary>
internal sealed class InlineFlattener
{
    private readonly StringBuilder _text = new();
    private readonly List<TextRun> _runs = [];
    private readonly List<NoteReference> _references = [];
    private readonly List<int> _softBreaks = [];

    /// <summary>Flattens one inline container (a paragraph's or a heading's).</summary>
    public static FlatParagraph Flatten(ContainerInline? inline)
    {
        var flattener = new InlineFlattener();
        if (inline is not null)
        {
            flattener.Visit(inline, RunFormatting.None);
        }

        var paragraph = new ParagraphBlock(BlockPosition.InBody(0), flattener._text.ToString())
        {
            Runs = flattener._runs,
            NoteReferences = flattener._references,
        };
        return new FlatParagraph(paragraph, flattener._softBreaks);
    }

    private void Visit(Inline inline, RunFormatting formatting)
    {
        switch (inline)
        {
            case LiteralInline literal:
                Append(literal.Content.AsSpan(), formatting);
                break;
            case EmphasisInline emphasis:
                VisitChildren(emphasis, formatting | EmphasisFormatting(emphasis));
                break;
            case LineBreakInline lineBreak:
                if (!lineBreak.IsHard)
                {
                    _softBreaks.Add(_text.Length);
                }

                Append("\n", formatting);
                break;
            case CodeInline code:
                Append(code.Content.AsSpan(), formatting);
                break;
            case FootnoteLink link:
                if (!link.IsBackLink)
                {
                    _references.Add(new NoteReference(NoteKind.Footnote, BlockConverter.FootnoteId(link.Footnote), _text.Length));
                }

                break;
            case HtmlEntityInline entity:
                Append(entity.Transcoded.AsSpan(), formatting);
                break;
            case HtmlInline html when IsLineBreakTag(html.Tag):
                // <br> is how Markdown writers break lines inside a table cell; it is decided on
                // like a soft break, so "- a<br>- b" in a cell gives two labelled paragraphs.
                _softBreaks.Add(_text.Length);
                Append("\n", formatting);
                break;
            case HtmlInline html:
                Append(html.Tag.AsSpan(), formatting);
                break;
            case AutolinkInline autolink:
                Append(autolink.Url.AsSpan(), formatting);
                break;
            case ContainerInline container:
                VisitChildren(container, formatting);
                break;
        }
    }

    private void VisitChildren(ContainerInline container, RunFormatting formatting)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            Visit(child, formatting);
        }
    }

    private static bool IsLineBreakTag(string tag) =>
        tag.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant() is "<br>" or "<br/>";

    private static RunFormatting EmphasisFormatting(EmphasisInline emphasis) =>
        emphasis.DelimiterChar is '*' or '_'
            ? emphasis.DelimiterCount >= 2 ? RunFormatting.Bold : RunFormatting.Italic
            : RunFormatting.None;

    private void Append(ReadOnlySpan<char> content, RunFormatting formatting)
    {
        if (content.IsEmpty)
        {
            return;
        }

        var start = _text.Length;
        _text.Append(content);
        ParagraphEdit.AppendRun(_runs, new TextRun(start, content.Length, formatting));
    }
}
