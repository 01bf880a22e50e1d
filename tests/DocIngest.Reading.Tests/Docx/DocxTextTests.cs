using DocIngest.Core.Documents;
using static DocIngest.Reading.Tests.Docx.TestDocx;

namespace DocIngest.Reading.Tests.Docx;

public sealed class DocxTextTests
{
    private static string R(string text, string rPr = "") =>
        $"<w:r>{(rPr.Length == 0 ? string.Empty : $"<w:rPr>{rPr}</w:rPr>")}<w:t xml:space=\"preserve\">{text}</w:t></w:r>";

    private static ParagraphBlock Single(string paragraphContent, string? styles = null) =>
        new TestDocx($"<w:p>{paragraphContent}</w:p>") { Styles = styles }.Read().BodyParagraphs().Single();

    [Fact]
    public void Read_TrackedChanges_KeepInsertionsAndMovesToDropDeletionsAndMovesFrom()
    {
        var paragraph = Single(
            R("Hạn ") +
            "<w:del w:id=\"1\" w:author=\"A\"><w:r><w:delText>30/6</w:delText></w:r></w:del>" +
            "<w:ins w:id=\"2\" w:author=\"A\">" + R("31/7") + "</w:ins>" +
            "<w:moveFrom w:id=\"3\" w:author=\"A\">" + R(" cũ") + "</w:moveFrom>" +
            "<w:moveTo w:id=\"4\" w:author=\"A\">" + R(" mới") + "</w:moveTo>");

        paragraph.Text.ShouldBe("Hạn 31/7 mới");
    }

    [Fact]
    public void Read_Comments_AreNotBodyText()
    {
        var paragraph = Single(
            "<w:commentRangeStart w:id=\"0\"/>" + R("Nội dung") + "<w:commentRangeEnd w:id=\"0\"/>" +
            "<w:r><w:commentReference w:id=\"0\"/></w:r>" + R("."));

        paragraph.Text.ShouldBe("Nội dung.");
    }

    [Fact]
    public void Read_ContentControls_AreReadThroughAtBlockRunRowAndCellLevel()
    {
        var sdtPr = "<w:sdtPr><w:alias w:val=\"Tên\"/></w:sdtPr>";
        var body =
            $"<w:sdt>{sdtPr}<w:sdtContent>{P("Khối")}</w:sdtContent></w:sdt>" +
            $"<w:p>{R("Chạy ")}<w:sdt>{sdtPr}<w:sdtContent>{R("trong")}</w:sdtContent></w:sdt></w:p>" +
            "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>" +
            $"<w:sdt>{sdtPr}<w:sdtContent><w:tr><w:tc>{P("r0c0")}</w:tc>" +
            $"<w:sdt>{sdtPr}<w:sdtContent><w:tc>{P("r0c1")}</w:tc></w:sdtContent></w:sdt></w:tr></w:sdtContent></w:sdt></w:tbl>";

        var model = new TestDocx(body).Read();

        model.BodyParagraphs().Select(p => p.Text).ShouldBe(["Khối", "Chạy trong", "r0c0", "r0c1"]);
        var table = model.Body[2].ShouldBeOfType<TableBlock>();
        table.CellAt(0, 1)!.Text.ShouldBe("r0c1");
    }

    [Fact]
    public void Read_TextBoxInAlternateContent_IsReadOnceFromChoice()
    {
        var box = (string text) => $"<w:txbxContent>{P(text)}</w:txbxContent>";
        var body = "<w:p>" + R("Neo") +
            "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic><a:graphicData>" +
            $"<wps:wsp><wps:txbx>{box("Hộp chữ")}</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>" +
            $"<mc:Fallback><w:pict><v:shape><v:textbox>{box("Hộp chữ")}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>" +
            P("Sau");

        var model = new TestDocx(body).Read();

        model.Body.Cast<ParagraphBlock>().Select(p => p.Text).ShouldBe(["Neo", "Hộp chữ", "Sau"]);
        model.Body.Select(b => b.Position.Index).ShouldBe([0, 1, 2]);
    }

    [Fact]
    public void Read_VmlTextBox_IsRead()
    {
        var body = $"<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>{P("VML")}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>";

        var model = new TestDocx(body).Read();

        model.BodyParagraphs().Select(p => p.Text).ShouldBe([string.Empty, "VML"]);
    }

    [Fact]
    public void Read_Fields_KeepResultDropInstruction()
    {
        var paragraph = Single(
            R("Trang ") +
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>" +
            "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" + R("3") + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" +
            "<w:fldSimple w:instr=\" NUMPAGES \">" + R("9") + "</w:fldSimple>" +
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>HYPERLINK \"x\"</w:instrText></w:r>" +
            "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>" + R("."));

        paragraph.Text.ShouldBe("Trang 39.");
    }

    [Fact]
    public void Read_HyperlinkText_IsKept()
    {
        var paragraph = Single(R("Xem ") + "<w:hyperlink r:id=\"rIdX\" w:history=\"1\">" + R("cổng thông tin") + "</w:hyperlink>" + R("."));

        paragraph.Text.ShouldBe("Xem cổng thông tin.");
    }

    [Fact]
    public void Read_SpecialRunContent_BecomesTheCharactersThePageShows()
    {
        var paragraph = Single(
            "<w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t><w:cr/><w:t>d</w:t><w:noBreakHyphen/><w:t>e</w:t>" +
            "<w:softHyphen/><w:t>f</w:t><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/><w:sym w:font=\"Wingdings\" w:char=\"F0FC\"/>" +
            "<w:sym w:font=\"Times New Roman\" w:char=\"2013\"/></w:r>");

        paragraph.Text.ShouldBe("a\tb\nc\nd-ef•✓–");
    }

    [Fact]
    public void Read_Text_IsNfc()
    {
        // "Hà Nội" typed with combining marks (NFD).
        var paragraph = Single(R("Ha\u0300 Nô\u0323i"));

        paragraph.Text.ShouldBe("Hà Nội");
        paragraph.Text.Length.ShouldBe(6);
    }

    [Fact]
    public void Read_RunFormatting_ResolvesStylesDefaultsAndToggles()
    {
        var styles =
            "<w:docDefaults><w:rPrDefault><w:rPr><w:i/></w:rPr></w:rPrDefault></w:docDefaults>" +
            "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Strong\"><w:name w:val=\"Strong Para\"/><w:basedOn w:val=\"Normal\"/><w:rPr><w:b/></w:rPr></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Stronger\"><w:name w:val=\"Stronger\"/><w:basedOn w:val=\"Strong\"/><w:rPr><w:u w:val=\"single\"/></w:rPr></w:style>" +
            "<w:style w:type=\"character\" w:styleId=\"NoteMark\"><w:name w:val=\"Note Mark\"/><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr></w:style>";
        var paragraph = Single(
            "<w:pPr><w:pStyle w:val=\"Stronger\"/></w:pPr>" +
            R("abc") + R("def", "<w:b w:val=\"0\"/><w:i w:val=\"false\"/>") + R("g", "<w:rStyle w:val=\"NoteMark\"/>") + R("h", "<w:u w:val=\"none\"/>"),
            styles);

        paragraph.Text.ShouldBe("abcdefgh");
        paragraph.StyleName.ShouldBe("Stronger");
        paragraph.Runs.ShouldBe([
            new TextRun(0, 3, RunFormatting.Bold | RunFormatting.Italic | RunFormatting.Underline),
            new TextRun(3, 3, RunFormatting.Underline),
            new TextRun(6, 1, RunFormatting.Bold | RunFormatting.Italic | RunFormatting.Underline | RunFormatting.Superscript),
            new TextRun(7, 1, RunFormatting.Bold | RunFormatting.Italic),
        ]);
    }

    [Fact]
    public void Read_HeadingLevels_FromOutlineLevelOrBuiltInHeadingStyle()
    {
        var styles =
            "<w:style w:type=\"paragraph\" w:styleId=\"Heading2\"><w:name w:val=\"heading 2\"/></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Muc\"><w:name w:val=\"Mục\"/><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"MucCon\"><w:name w:val=\"Mục con\"/><w:basedOn w:val=\"Muc\"/></w:style>";
        var body = P("a", "<w:pStyle w:val=\"Heading2\"/>") + P("b", "<w:pStyle w:val=\"Muc\"/>") + P("c", "<w:pStyle w:val=\"MucCon\"/>") +
            P("d", "<w:outlineLvl w:val=\"2\"/>") + P("e", "<w:pStyle w:val=\"Muc\"/><w:outlineLvl w:val=\"9\"/>") + P("f");

        var paragraphs = new TestDocx(body) { Styles = styles }.Read().BodyParagraphs().ToArray();

        paragraphs.Select(p => p.HeadingLevel).ShouldBe([2, 1, 1, 3, null, null]);
        paragraphs[0].StyleName.ShouldBe("Heading 2");
        paragraphs[2].StyleName.ShouldBe("Mục con");
    }

    [Fact]
    public void Read_HiddenRuns_AreNotText()
    {
        var paragraph = Single(R("thấy") + R(" ẩn", "<w:vanish/>"));

        paragraph.Text.ShouldBe("thấy");
    }

    [Fact]
    public void Read_SymbolFontText_MapsToTheGlyphShown()
    {
        var paragraph = Single(R("\uF0B7", "<w:rFonts w:ascii=\"Symbol\" w:hAnsi=\"Symbol\"/>") + R(" Nội dung") + R("\uF0A7", "<w:rFonts w:ascii=\"Wingdings\"/>"));

        paragraph.Text.ShouldBe("• Nội dung▪");
    }

    [Fact]
    public void Read_AltChunk_IsReportedNotSilentlyLost()
    {
        var model = new TestDocx(P("trước") + "<w:altChunk r:id=\"rId99\"/>" + P("sau")).Read();

        model.BodyParagraphs().Select(p => p.Text).ShouldBe(["trước", "sau"]);
        model.Diagnostics.ShouldContain(d => d.Code == "alt-chunk-skipped");
    }
}
