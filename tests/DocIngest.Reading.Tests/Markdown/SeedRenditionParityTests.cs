using DocIngest.Core.Documents;
using DocIngest.Core.Text;
using DocIngest.Reading.Docx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Note = DocIngest.Core.Documents.Note;

namespace DocIngest.Reading.Tests.Markdown;

/// <summary>
/// The seed as PDF-export text and as a .docx with real footnotes (made by pandoc from
/// corpus/seed/src/000_seed_docx.md) must read to the same paragraphs and notes.
/// </summary>
public sealed class SeedRenditionParityTests
{
    [Fact]
    public void Read_SeedTextAndSeedDocx_GiveSameParagraphsAndNotes()
    {
        var text = MarkdownTestFiles.ReadFixture(MarkdownTestFiles.SeedText);
        DocumentModel docx;
        using (var stream = File.OpenRead(MarkdownTestFiles.FixturePath(MarkdownTestFiles.SeedDocx)))
        {
            docx = new DocxDocumentReader(ReaderOptions.Default).Read(stream, MarkdownTestFiles.SeedDocx);
        }

        Lines(docx).ShouldBe(Lines(text));
        docx.Notes.Select(n => Normalise(n.Text)).ShouldBe(text.Notes.Select(n => Normalise(n.Text)));
        NoteAnchors(docx).ShouldBe(NoteAnchors(text));
    }

    /// <summary>
    /// Checks the fixture itself, without the docx reader: the Word paragraphs' plain text is the
    /// seed text's paragraphs as printed, and footnotes.xml holds the five notes, referenced
    /// from the five group titles.
    /// </summary>
    [Fact]
    public void SeedDocxFixture_HoldsTheSeedParagraphsAndFiveRealFootnotes()
    {
        var text = MarkdownTestFiles.ReadFixture(MarkdownTestFiles.SeedText);
        using var document = WordprocessingDocument.Open(MarkdownTestFiles.FixturePath(MarkdownTestFiles.SeedDocx), false);
        var body = document.MainDocumentPart!.Document!.Body!;
        var paragraphs = body.Elements<Paragraph>()
            .Select(p => PlainText(p))
            .Where(t => t.Length > 0)
            .ToList();
        paragraphs.ShouldBe(text.Paragraphs().Select(p => Normalise(p.DisplayText)).ToList());

        var footnotes = document.MainDocumentPart.FootnotesPart!.Footnotes!.Elements<Footnote>()
            .Where(f => f.Type is null || f.Type.Value == FootnoteEndnoteValues.Normal)
            .Select(f => PlainText(f))
            .ToList();
        footnotes.ShouldBe(text.Notes.Select(NoteText).ToList());

        var referenced = body.Elements<Paragraph>().Where(p => p.Descendants<FootnoteReference>().Any())
            .Select(p => PlainText(p));
        referenced.ShouldAllBe(t => t.StartsWith("1. Nhóm", StringComparison.Ordinal) || t.StartsWith("2. Nhóm", StringComparison.Ordinal) ||
            t.StartsWith("3. Nhóm", StringComparison.Ordinal) || t.StartsWith("4. Nhóm", StringComparison.Ordinal) || t.StartsWith("5. Nhóm", StringComparison.Ordinal));
        referenced.Count().ShouldBe(5);
    }

    private static string NoteText(Note note) => Normalise(note.Text);

    private static string PlainText(DocumentFormat.OpenXml.OpenXmlElement element) =>
        Normalise(string.Concat(element.Descendants().Select(e => e switch
        {
            Text t => t.Text,
            Break => "\n",
            _ => string.Empty,
        })));

    // Word keeps typed labels ("1. ", "- ") in the text while the text reader splits them off, so
    // the two readings agree on the line as printed, label and text together.
    private static List<string> Lines(DocumentModel model) =>
        model.BodyParagraphs().Where(p => p.Text.Length > 0).Select(p => Normalise(p.DisplayText)).ToList();

    // Which paragraph each note is referenced from, and at which offset: ids differ (pandoc numbers
    // footnotes from 20), so notes are matched by their order.
    private static List<(int Paragraph, int Offset)> NoteAnchors(DocumentModel model) =>
        model.BodyParagraphs().Where(p => p.Text.Length > 0)
            .SelectMany((p, i) => p.NoteReferences.Select(r => (i, r.Offset + (p.ListLabel is null ? 0 : p.ListLabel.Length + 1)))).ToList();

    private static string Normalise(string text) => VietnameseText.CollapseWhiteSpace(text);
}
