using DocIngest.Core.Documents;
using DocIngest.Core.Reading;
using DocIngest.Reading.Docx;

namespace DocIngest.Reading.Tests.Docx;

/// <summary>
/// Files written by other tools (pandoc, LibreOffice, python-docx; made by Fixtures/docx/make-fixtures.sh)
/// and real Word/LibreOffice files. Expected values were checked by hand against the source
/// Markdown/HTML/Python and the rendered pages.
/// </summary>
public sealed class DocxFixtureTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    private static DocumentModel ReadFixture(params string[] path)
    {
        var file = Path.Combine([Fixtures, .. path]);
        using var stream = File.OpenRead(file);
        return new DocxDocumentReader(ReaderOptions.Default).Read(stream, Path.GetFileName(file));
    }

    private static ParagraphBlock Para(DocumentModel model, string startsWith) =>
        model.BodyParagraphs().First(p => p.Text.StartsWith(startsWith, StringComparison.Ordinal));

    [Theory]
    [InlineData("pandoc.docx")]
    [InlineData("libreoffice-odt.docx")]
    public void Read_PlanMarkdownThroughPandocOrLibreOffice_HasLabelsNotesAndTable(string file)
    {
        var model = ReadFixture("docx", file);

        var title = model.BodyParagraphs().First();
        title.Text.ShouldBe("KẾ HOẠCH Khắc phục hạn chế, yếu kém");
        title.HeadingLevel.ShouldBe(1);
        title.ListLabel.ShouldBeNull();

        // Markdown "II." after a lone "I." paragraph starts an upper-roman list at 2.
        Para(model, "NHIỆM VỤ").ListLabel.ShouldBe("II.");
        Para(model, "NHIỆM VỤ").ListKind.ShouldBe(ListKind.UpperRoman);
        Para(model, "Rà soát").ListLabel.ShouldBe("1.");
        Para(model, "Hoàn thành").ListLabel.ShouldBe("3.");
        Para(model, "Phòng Tổ chức").ListLabel.ShouldBe("a)");
        Para(model, "Văn phòng").ListLabel.ShouldBe("b)");
        Para(model, "Văn phòng").ListKind.ShouldBe(ListKind.LowerLetter);
        Para(model, "Gạch đầu dòng hai").ListKind.ShouldBe(ListKind.Bullet);

        var cited = Para(model, "Thực hiện Kết luận");
        cited.Text.ShouldBe("Thực hiện Kết luận số 12-KL/TU của Ban Thường vụ Tỉnh ủy, Sở xây dựng kế hoạch như sau.");
        var reference = cited.NoteReferences.ShouldHaveSingleItem();
        reference.Offset.ShouldBe("Thực hiện Kết luận số 12-KL/TU".Length);
        var note = model.FindNote(NoteKind.Footnote, reference.NoteId).ShouldNotBeNull();
        note.Mark.ShouldBe("1");
        note.Text.ShouldBe("Kết luận ngày 15/3/2025.");
        var second = model.FindNote(NoteKind.Footnote, Para(model, "Nâng cao").NoteReferences.Single().NoteId).ShouldNotBeNull();
        second.Mark.ShouldBe("2");
        second.Text.ShouldBe("Theo Quy định số 89-QĐ/TW.");
        model.Notes.Count.ShouldBe(2);

        var table = model.Body.OfType<TableBlock>().Single();
        table.Rows.Count.ShouldBe(3);
        table.ColumnCount.ShouldBe(3);
        table.Rows[0].IsHeader.ShouldBeTrue();
        table.CellAt(2, 1)!.Text.ShouldBe("Kiểm tra");
        table.CellAt(1, 2)!.Text.ShouldBe("Quý III");
    }

    [Fact]
    public void Read_LibreOfficeHtml_HasRomanListFootnoteAndMergedCells()
    {
        var model = ReadFixture("docx", "libreoffice-html.docx");

        Para(model, "MỤC ĐÍCH").ListLabel.ShouldBe("I.");
        Para(model, "NỘI DUNG").ListLabel.ShouldBe("II.");
        Para(model, "Kiểm tra việc tiếp").ListLabel.ShouldBe("2.");
        var cited = Para(model, "Căn cứ");
        cited.Text.ShouldBe("Căn cứ Chỉ thị số 05-CT/TU của Tỉnh ủy.");
        model.FindNote(NoteKind.Footnote, cited.NoteReferences.Single().NoteId)!.Text.ShouldBe("Chỉ thị ngày 02/01/2025.");

        var table = model.Body.OfType<TableBlock>().Single();
        var unit = table.Rows[0].Cells[0];
        (unit.Text, unit.RowSpan, unit.ColumnSpan).ShouldBe(("Đơn vị", 2, 1));
        var time = table.Rows[0].Cells[1];
        (time.Text, time.Column, time.ColumnSpan).ShouldBe(("Thời gian", 1, 2));
        table.Rows[1].Cells.Select(c => (c.Column, c.Text)).ShouldBe([(1, "Bắt đầu"), (2, "Kết thúc")]);
    }

    [Fact]
    public void Read_PythonDocx_StyleNumberingFormattingMergedCellsAndHeader()
    {
        var model = ReadFixture("docx", "python-docx.docx");

        model.BodyParagraphs().Where(p => p.StyleName == "List Number").Select(p => p.DisplayText)
            .ShouldBe(["1. Xây dựng cơ sở dữ liệu.", "2. Đào tạo cán bộ.", "3. Báo cáo kết quả."]);
        var heading = model.BodyParagraphs().First();
        (heading.Text, heading.HeadingLevel).ShouldBe(("KẾ HOẠCH Chuyển đổi số", 1));

        var formatted = Para(model, "Đoạn có");
        formatted.Runs.Single(r => r.Has(RunFormatting.Bold)).ShouldBe(new TextRun(8, 7, RunFormatting.Bold));
        formatted.Text.Substring(8, 7).ShouldBe("chữ đậm");
        formatted.Text.Substring(formatted.Runs.Single(r => r.Has(RunFormatting.Italic)).Start).ShouldBe("chữ nghiêng");

        var table = model.Body.OfType<TableBlock>().Single();
        table.Rows[0].Cells.Select(c => (c.Text, c.ColumnSpan)).ShouldBe([("Nhiệm vụ", 1), ("Đơn vị", 2)]);
        var task = table.CellAt(2, 0)!;
        (task.Text, task.Row, task.RowSpan).ShouldBe(("Triển khai", 1, 2));
        table.CellAt(2, 2)!.Text.ShouldBe("Quý II");

        model.Headers.Select(h => h.Text).ShouldContain("UBND TỈNH - Tiêu đề trang");
        model.BodyParagraphs().ShouldNotContain(p => p.Text.Contains("Tiêu đề trang"));
    }

    public static TheoryData<string> RealWorldDocx() =>
        [.. Directory.EnumerateFiles(Path.Combine(Fixtures, "real-world"), "*.docx").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    public static TheoryData<string> RealWorldDoc() =>
        [.. Directory.EnumerateFiles(Path.Combine(Fixtures, "real-world"), "*.doc").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(RealWorldDocx))]
    public void Read_RealWorldDocx_ReadsWithText(string file)
    {
        var model = ReadFixture("real-world", file);

        model.Body.ShouldNotBeEmpty();
        model.BodyParagraphs().Count(p => p.Text.Trim().Length > 0).ShouldBeGreaterThan(10);
        model.BodyParagraphs().ShouldAllBe(p => p.Text.IsNormalized(System.Text.NormalizationForm.FormC));
    }

    [Theory]
    [MemberData(nameof(RealWorldDoc))]
    public void Read_RealWorldDoc_IsLegacyWordBinary(string file)
    {
        var error = Should.Throw<DocumentReadException>(() => ReadFixture("real-world", file));

        error.Code.ShouldBe(ReadErrorCode.LegacyWordBinary);
    }

    [Fact]
    public void Read_Decree30_KnownParagraphsAndFootnotesOfAppendix()
    {
        var decree = ReadFixture("real-world", "30_2020_ND_CP.docx");
        var appendix = ReadFixture("real-world", "Phuluc6.docx");

        decree.BodyParagraphs().ShouldContain(p => p.Text == "Về công tác văn thư" && p.HeadingLevel == 3);
        var number = decree.Body.OfType<TableBlock>().First().CellAt(0, 0)!;
        number.Text.ShouldContain("Số: 30/2020/NĐ-CP");
        appendix.Notes.Select(n => n.Mark).ShouldBe(["1", "2", "3", "4"]);
        appendix.Notes[0].Text.ShouldStartWith("Dữ liệu đặc tả của văn bản");
    }
}
