using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocIngest.CorpusGenerator;

/// <summary>
/// Thin helper over the OpenXml SDK that writes the real Word structures the corpus needs:
/// footnotes, endnotes, comments, tracked changes, content controls, hyperlinks, numbering and fields.
/// Every id it hands out is a counter, so the same calls give the same bytes.
/// </summary>
internal sealed class WordWriter
{
    private const string RevisionAuthor = "Văn phòng";
    private static readonly DateTime RevisionDate = new(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc);

    private readonly MainDocumentPart _main;
    private FootnotesPart? _footnotes;
    private EndnotesPart? _endnotes;
    private WordprocessingCommentsPart? _comments;
    private int _nextNoteId = 1;
    private int _nextEndnoteId = 1;
    private int _nextCommentId;
    private int _nextRevisionId = 1;
    private int _nextRelationshipId = 100;

    public WordWriter(MainDocumentPart main)
    {
        _main = main;
        Body = new Body();
        main.Document = new Document(Body);
    }

    public Body Body { get; }

    public NumberingBuilder Numbering { get; } = new();

    public static Run Text(string text, bool bold = false, bool italic = false)
    {
        var run = new Run();
        if (bold || italic)
        {
            var properties = new RunProperties();
            if (bold)
            {
                properties.Append(new Bold());
            }

            if (italic)
            {
                properties.Append(new Italic());
            }

            run.Append(properties);
        }

        run.Append(new Text(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    public static Paragraph Para(params OpenXmlElement[] children)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new SpacingBetweenLines { After = "60" }));
        paragraph.Append(children);
        return paragraph;
    }

    public static Paragraph Centered(params OpenXmlElement[] children)
    {
        var paragraph = Para(children);
        paragraph.ParagraphProperties!.Append(new Justification { Val = JustificationValues.Center });
        return paragraph;
    }

    public static Paragraph Numbered(int numId, int level, params OpenXmlElement[] children)
    {
        var paragraph = new Paragraph(new ParagraphProperties(
            new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numId }),
            new SpacingBetweenLines { After = "60" }));
        paragraph.Append(children);
        return paragraph;
    }

    public void Add(OpenXmlElement block) => Body.Append(block);

    public Run FootnoteReference(string noteText)
    {
        _footnotes ??= CreateFootnotes();
        var id = _nextNoteId++;
        _footnotes.Footnotes!.Append(new Footnote(
            new Paragraph(
                new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReferenceMark()),
                Text(" " + noteText)))
        { Id = id });
        return new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new FootnoteReference { Id = id });
    }

    public Run EndnoteReference(string noteText)
    {
        _endnotes ??= CreateEndnotes();
        var id = _nextEndnoteId++;
        _endnotes.Endnotes!.Append(new Endnote(
            new Paragraph(
                new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new EndnoteReferenceMark()),
                Text(" " + noteText)))
        { Id = id });
        return new Run(new RunProperties(new VerticalTextAlignment { Val = VerticalPositionValues.Superscript }), new EndnoteReference { Id = id });
    }

    public InsertedRun Inserted(string text) =>
        new(Text(text)) { Id = NextRevision(), Author = RevisionAuthor, Date = RevisionDate };

    public DeletedRun Deleted(string text) =>
        new(new Run(new DeletedText(text) { Space = SpaceProcessingModeValues.Preserve })) { Id = NextRevision(), Author = RevisionAuthor, Date = RevisionDate };

    /// <summary>Puts a comment over the whole paragraph.</summary>
    public void Comment(Paragraph paragraph, string text)
    {
        _comments ??= CreateComments();
        var id = (_nextCommentId++).ToString(CultureInfo.InvariantCulture);
        _comments.Comments!.Append(new DocumentFormat.OpenXml.Wordprocessing.Comment(new Paragraph(Text(text)))
        {
            Id = id,
            Author = RevisionAuthor,
            Initials = "VP",
            Date = RevisionDate,
        });
        var properties = paragraph.ParagraphProperties;
        if (properties is null)
        {
            paragraph.PrependChild(new CommentRangeStart { Id = id });
        }
        else
        {
            properties.InsertAfterSelf(new CommentRangeStart { Id = id });
        }

        paragraph.Append(new CommentRangeEnd { Id = id }, new Run(new CommentReference { Id = id }));
    }

    public Hyperlink Link(string text, string uri)
    {
        var id = "rIdLink" + NextRelationship();
        _main.AddHyperlinkRelationship(new Uri(uri, UriKind.Absolute), true, id);
        return new Hyperlink(Text(text)) { Id = id };
    }

    public static SdtBlock ContentControl(Paragraph paragraph, string tag) =>
        new(new SdtProperties(new SdtAlias { Val = tag }, new Tag { Val = tag }), new SdtContentBlock(paragraph));

    /// <summary>A page header with plain text and a footer with a PAGE field.</summary>
    public void HeaderAndFooter(string headerText, SectionProperties section)
    {
        var header = _main.AddNewPart<HeaderPart>("rIdHeader1");
        header.Header = new Header(Para(Text(headerText, italic: true)));
        var footer = _main.AddNewPart<FooterPart>("rIdFooter1");
        footer.Footer = new Footer(Centered(
            Text("Trang "),
            new SimpleField(Text("1")) { Instruction = " PAGE " }));
        section.PrependChild(new FooterReference { Type = HeaderFooterValues.Default, Id = "rIdFooter1" });
        section.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = "rIdHeader1" });
    }

    public void Finish()
    {
        if (!Numbering.IsEmpty)
        {
            _main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering").Numbering = Numbering.Build();
        }

        var styles = _main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
        styles.Styles = new Styles(new DocDefaults(
            new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Times New Roman", HighAnsi = "Times New Roman", ComplexScript = "Times New Roman" },
                new FontSize { Val = "28" })),
            new ParagraphPropertiesDefault()));
    }

    private FootnotesPart CreateFootnotes()
    {
        var part = _main.AddNewPart<FootnotesPart>("rIdFootnotes");
        part.Footnotes = new Footnotes(
            new Footnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Footnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        return part;
    }

    private EndnotesPart CreateEndnotes()
    {
        var part = _main.AddNewPart<EndnotesPart>("rIdEndnotes");
        part.Endnotes = new Endnotes(
            new Endnote(new Paragraph(new Run(new SeparatorMark()))) { Type = FootnoteEndnoteValues.Separator, Id = -1 },
            new Endnote(new Paragraph(new Run(new ContinuationSeparatorMark()))) { Type = FootnoteEndnoteValues.ContinuationSeparator, Id = 0 });
        return part;
    }

    private WordprocessingCommentsPart CreateComments()
    {
        var part = _main.AddNewPart<WordprocessingCommentsPart>("rIdComments");
        part.Comments = new Comments();
        return part;
    }

    private string NextRevision() => (_nextRevisionId++).ToString(CultureInfo.InvariantCulture);

    private string NextRelationship() => (_nextRelationshipId++).ToString(CultureInfo.InvariantCulture);
}
