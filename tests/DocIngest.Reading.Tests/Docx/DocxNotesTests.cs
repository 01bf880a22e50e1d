using DocIngest.Core.Documents;
using static DocIngest.Reading.Tests.Docx.TestDocx;

namespace DocIngest.Reading.Tests.Docx;

public sealed class DocxNotesTests
{
    private const string Separators =
        "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>" +
        "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>" +
        "<w:footnote w:type=\"continuationNotice\" w:id=\"5\"><w:p><w:r><w:t>tiếp</w:t></w:r></w:p></w:footnote>";

    private static string Footnote(string id, string text) =>
        $"<w:footnote w:id=\"{id}\"><w:p><w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:footnoteRef/></w:r>" +
        $"<w:r><w:t xml:space=\"preserve\"> {text}</w:t></w:r></w:p></w:footnote>";

    private static string Ref(string id, string kind = "footnote") =>
        $"<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:{kind}Reference w:id=\"{id}\"/></w:r>";

    [Fact]
    public void Read_Footnotes_SkipSeparatorsAndNumberInReferenceOrder()
    {
        // Ids deliberately out of order: marks follow the order of the references in the text.
        var body = $"<w:p><w:r><w:t>Đề án</w:t></w:r>{Ref("9")}<w:r><w:t xml:space=\"preserve\"> và kế hoạch</w:t></w:r>{Ref("3")}</w:p>";
        var footnotes = Separators + Footnote("3", "Chú thích B.") + Footnote("9", "Chú thích A.");

        var model = new TestDocx(body) { Footnotes = footnotes }.Read();

        var paragraph = model.BodyParagraphs().Single();
        paragraph.Text.ShouldBe("Đề án và kế hoạch");
        paragraph.NoteReferences.ShouldBe([new NoteReference(NoteKind.Footnote, "9", 5), new NoteReference(NoteKind.Footnote, "3", 17)]);
        model.Notes.Count.ShouldBe(2);
        model.FindNote(NoteKind.Footnote, "9")!.Mark.ShouldBe("1");
        model.FindNote(NoteKind.Footnote, "9")!.Text.ShouldBe("Chú thích A.");
        model.FindNote(NoteKind.Footnote, "3")!.Mark.ShouldBe("2");
        model.FindNote(NoteKind.Footnote, "3")!.Paragraphs[0].Position.ShouldBe(new BlockPosition(DocumentPart.Footnote, 0, "3"));
    }

    [Fact]
    public void Read_CustomMarkFollows_UsesTheWrittenMarkAndKeepsItOutOfTheText()
    {
        var body = "<w:p><w:r><w:t>Ghi chú</w:t></w:r><w:r><w:footnoteReference w:customMarkFollows=\"1\" w:id=\"1\"/><w:t>*</w:t></w:r>" +
            Ref("2") + "</w:p>";
        var footnotes = Separators + Footnote("1", "Sao.") + Footnote("2", "Số.");

        var model = new TestDocx(body) { Footnotes = footnotes }.Read();

        model.BodyParagraphs().Single().Text.ShouldBe("Ghi chú");
        model.FindNote(NoteKind.Footnote, "1")!.Mark.ShouldBe("*");
        model.FindNote(NoteKind.Footnote, "2")!.Mark.ShouldBe("1");
    }

    [Fact]
    public void Read_Endnotes_NumberLowerRomanByDefaultOrAsSettingsSay()
    {
        var body = $"<w:p><w:r><w:t>A</w:t></w:r>{Ref("1", "endnote")}{Ref("2", "endnote")}</w:p>";
        var endnotes =
            "<w:endnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>" +
            "<w:endnote w:id=\"1\"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t>Một</w:t></w:r></w:p></w:endnote>" +
            "<w:endnote w:id=\"2\"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t>Hai</w:t></w:r></w:p></w:endnote>";

        var byDefault = new TestDocx(body) { Endnotes = endnotes }.Read();
        var decimalEndnotes = new TestDocx(body)
        {
            Endnotes = endnotes,
            Settings = "<w:endnotePr><w:numFmt w:val=\"decimal\"/><w:numStart w:val=\"5\"/></w:endnotePr>",
        }.Read();

        byDefault.Notes.Select(n => (n.Kind, n.Mark, n.Text)).ShouldBe([(NoteKind.Endnote, "i", "Một"), (NoteKind.Endnote, "ii", "Hai")]);
        decimalEndnotes.Notes.Select(n => n.Mark).ShouldBe(["5", "6"]);
        byDefault.BodyParagraphs().Single().NoteReferences.ShouldAllBe(r => r.Kind == NoteKind.Endnote && r.Offset == 1);
    }

    [Fact]
    public void Read_NoteParagraphs_KeepListsAndSeveralParagraphs()
    {
        var footnotes = Separators +
            "<w:footnote w:id=\"1\"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space=\"preserve\">  Dòng một</w:t></w:r></w:p>" +
            P("Dòng hai") + P(string.Empty) + "</w:footnote>";

        var model = new TestDocx($"<w:p>{Ref("1")}</w:p>") { Footnotes = footnotes }.Read();

        var note = model.Notes.Single();
        note.Text.ShouldBe("Dòng một\nDòng hai");
        note.Paragraphs.Select(p => p.Position.Index).ShouldBe([0, 1]);
        note.Paragraphs.ShouldAllBe(p => p.Position.Part == DocumentPart.Footnote && p.Position.NoteId == "1");
    }
}
