using DocIngest.Core.Documents;
using static DocIngest.Reading.Tests.Markdown.MarkdownTestFiles;

namespace DocIngest.Reading.Tests.Markdown;

/// <summary>Headings, lists, labels, line breaks and tables.</summary>
public sealed class MarkdownStructureTests
{
    [Fact]
    public void Read_Headings_KeepLevelAndFindPrintedLabel()
    {
        var p = ReadText("# KẾ HOẠCH\n\n## 1. Nhóm khuyết điểm\n\nNội dung.").Paragraphs();
        (p[0].HeadingLevel, p[0].Text, p[0].ListLabel).ShouldBe((1, "KẾ HOẠCH", (string?)null));
        (p[1].HeadingLevel, p[1].ListLabel, p[1].Text, p[1].ListKind).ShouldBe((2, "1.", "Nhóm khuyết điểm", ListKind.Decimal));
        p[2].HeadingLevel.ShouldBeNull();
    }

    [Fact]
    public void Read_OrderedList_KeepsPrintedNumbersNotRenumbered()
    {
        var p = ReadText("3. Ba\n4. Bốn\n\n7) Bảy").Paragraphs();
        p.Select(x => (x.ListLabel, x.Text, x.ListKind)).ShouldBe([
            ("3.", "Ba", ListKind.Decimal), ("4.", "Bốn", ListKind.Decimal), ("7)", "Bảy", ListKind.Decimal),
        ]);
    }

    [Fact]
    public void Read_NestedBullets_LevelFollowsNesting()
    {
        var p = ReadText("- Một\n  + Hai\n    * Ba\n- Bốn").Paragraphs();
        p.Select(x => (x.ListLabel, x.ListLevel, x.Text)).ShouldBe([
            ("-", (int?)0, "Một"), ("+", 1, "Hai"), ("*", 2, "Ba"), ("-", 0, "Bốn"),
        ]);
        p.ShouldAllBe(x => x.ListKind == ListKind.Bullet);
    }

    [Fact]
    public void Read_LabelInListItemContinuation_IsASubItem()
    {
        var p = ReadText("- Một\n\n  a) Hai\n\nBa").Paragraphs();
        p.Select(x => (x.ListLabel, x.ListLevel, x.Text)).ShouldBe([("-", (int?)0, "Một"), ("a)", 1, "Hai"), (null, null, "Ba")]);
    }

    [Theory]
    [InlineData("I. MỤC ĐÍCH, YÊU CẦU", "I.", "MỤC ĐÍCH, YÊU CẦU", ListKind.UpperRoman)]
    [InlineData("IV- TỔ CHỨC THỰC HIỆN", "IV-", "TỔ CHỨC THỰC HIỆN", ListKind.UpperRoman)]
    [InlineData("II - NHIỆM VỤ", "II -", "NHIỆM VỤ", ListKind.UpperRoman)]
    [InlineData("a) Tổ chức quán triệt", "a)", "Tổ chức quán triệt", ListKind.LowerLetter)]
    [InlineData("đ) Kiểm tra, giám sát", "đ)", "Kiểm tra, giám sát", ListKind.LowerLetter)]
    [InlineData("ii) Mục con", "ii)", "Mục con", ListKind.LowerRoman)]
    [InlineData("B. Nhiệm vụ cụ thể", "B.", "Nhiệm vụ cụ thể", ListKind.UpperLetter)]
    [InlineData("2.1. Nội dung", "2.1.", "Nội dung", ListKind.Decimal)]
    [InlineData("2.1 Nội dung", "2.1", "Nội dung", ListKind.Decimal)]
    [InlineData("-Tiếp tục rà soát", "-", "Tiếp tục rà soát", ListKind.Bullet)]
    [InlineData("+Phối hợp", "+", "Phối hợp", ListKind.Bullet)]
    [InlineData("• Phối hợp", "•", "Phối hợp", ListKind.Bullet)]
    [InlineData("– Phối hợp", "–", "Phối hợp", ListKind.Bullet)]
    public void Read_PrintedLabelMarkdownDoesNotKnow_BecomesListLabel(string line, string label, string text, ListKind kind)
    {
        var p = ReadText(line).Paragraphs().ShouldHaveSingleItem();
        (p.ListLabel, p.Text, p.ListKind, p.ListLevel).ShouldBe((label, text, kind, (int?)0));
    }

    [Theory]
    [InlineData("(1) Công tác quy hoạch")]
    [InlineData("3.000 người tham gia")]
    [InlineData("2025 là năm bản lề")]
    [InlineData("Căn cứ Kế hoạch số 61-KH/TU")]
    public void Read_TextThatOnlyLooksLikeALabel_StaysText(string line)
    {
        var p = ReadText(line).Paragraphs().ShouldHaveSingleItem();
        p.ListLabel.ShouldBeNull();
        p.Text.ShouldBe(line);
    }

    [Fact]
    public void Read_RuleUnderIssuerInTextFile_IsDroppedNotASetextHeading()
    {
        const string Header = "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\n-------\nSố: 104/KH-UBND";
        var text = ReadText(Header, name: "plan.txt").Paragraphs();
        text.Select(x => (x.Text, x.HeadingLevel)).ShouldBe([("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM", (int?)null), ("Số: 104/KH-UBND", null)]);

        // Real Markdown keeps setext headings.
        ReadText(Header, name: "plan.md").Paragraphs()[0].HeadingLevel.ShouldBe(2);
    }

    [Fact]
    public void Read_PartyHeaderAsteriskRightUnderIssuer_IsItsOwnParagraph()
    {
        var p = ReadText("ĐẢNG BỘ TỈNH QUẢNG NAM\nĐẢNG ỦY XÃ ĐẠI LỘC\n*\nSố 09-KH/ĐU", name: "plan.txt").Paragraphs();
        p.Select(x => x.Text).ShouldBe(["ĐẢNG BỘ TỈNH QUẢNG NAM\nĐẢNG ỦY XÃ ĐẠI LỘC", "*", "Số 09-KH/ĐU"]);
    }

    [Fact]
    public void Read_HeaderFlattenedWithPipes_StaysOneTextParagraph()
    {
        var p = ReadText("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n\nNội dung.", name: "plan.txt");
        p.Body[0].ShouldBeOfType<ParagraphBlock>().Text.ShouldBe("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |");
    }

    [Fact]
    public void Read_LoneAsterisk_IsAParagraphNotAnEmptyList()
    {
        var p = ReadText("*\n\nSố 15-KH/BTCTU").Paragraphs();
        p.Select(x => (x.ListLabel, x.Text)).ShouldBe([((string?)null, "*"), (null, "Số 15-KH/BTCTU")]);
    }

    [Fact]
    public void Read_WrappedParagraph_SoftBreaksBecomeSpaces()
    {
        var model = ReadText("Thực hiện Kế hoạch số 61-KH/TU của Ban Thường vụ Tỉnh ủy về khắc phục hạn chế,\nkhuyết điểm năm 2025 của tập thể.\n\nĐoạn hai.");
        model.Paragraphs()[0].Text.ShouldBe("Thực hiện Kế hoạch số 61-KH/TU của Ban Thường vụ Tỉnh ủy về khắc phục hạn chế, khuyết điểm năm 2025 của tập thể.");
    }

    [Fact]
    public void Read_ShortCapitalLines_StayTogetherWithNewlines()
    {
        var p = ReadText("ĐẢNG BỘ TỈNH QUẢNG NAM\nĐẢNG ỦY XÃ ĐẠI LỘC\n\nKẾ HOẠCH\nkhắc phục hạn chế, khuyết điểm\nnăm 2025").Paragraphs();
        p.Select(x => x.Text).ShouldBe(["ĐẢNG BỘ TỈNH QUẢNG NAM\nĐẢNG ỦY XÃ ĐẠI LỘC", "KẾ HOẠCH", "khắc phục hạn chế, khuyết điểm năm 2025"]);
    }

    [Fact]
    public void Read_LineStartingWithLabelInsideParagraph_StartsANewParagraph()
    {
        var p = ReadText("Ban Tổ chức xây dựng Kế hoạch như sau:\nI. MỤC ĐÍCH\na) Quán triệt\n\nx").Paragraphs();
        p.Take(3).Select(x => (x.ListLabel, x.Text)).ShouldBe([
            ((string?)null, "Ban Tổ chức xây dựng Kế hoạch như sau:"), ("I.", "MỤC ĐÍCH"), ("a)", "Quán triệt"),
        ]);
    }

    [Fact]
    public void Read_FileWithOneParagraphPerLine_EachLineIsAParagraphUnlessItContinues()
    {
        const string Text = "Thực hiện Kế hoạch số 61-KH/TU của Ban Thường vụ Tỉnh ủy.\nBan Tổ chức Tỉnh ủy xây dựng Kế hoạch khắc phục hạn chế,\nkhuyết điểm năm 2025.\nTại Hội nghị kiểm điểm, tập thể đã chỉ ra hạn chế.";
        ReadText(Text).Paragraphs().Select(x => x.Text).ShouldBe([
            "Thực hiện Kế hoạch số 61-KH/TU của Ban Thường vụ Tỉnh ủy.",
            "Ban Tổ chức Tỉnh ủy xây dựng Kế hoạch khắc phục hạn chế, khuyết điểm năm 2025.",
            "Tại Hội nghị kiểm điểm, tập thể đã chỉ ra hạn chế.",
        ]);
    }

    [Fact]
    public void Read_WrappedFileWithoutBlankLines_JoinsLinesCutAtTheWrapWidth()
    {
        const string Text = "Thực hiện Kế hoạch số 61-KH/TU, ngày 15/4/2026 của Ban\nThường vụ Tỉnh ủy về khắc phục hạn chế, khuyết điểm năm\n2025 của tập thể.\nI. MỤC ĐÍCH";
        ReadText(Text, name: "plan.txt").Paragraphs().Select(x => (x.ListLabel, x.Text)).ShouldBe([
            ((string?)null, "Thực hiện Kế hoạch số 61-KH/TU, ngày 15/4/2026 của Ban Thường vụ Tỉnh ủy về khắc phục hạn chế, khuyết điểm năm 2025 của tập thể."),
            ("I.", "MỤC ĐÍCH"),
        ]);
    }

    [Fact]
    public void Read_HardLineBreak_IsKeptAsNewline()
    {
        ReadText("Dòng một\\\ndòng hai").Paragraphs().ShouldHaveSingleItem().Text.ShouldBe("Dòng một\ndòng hai");
    }

    [Fact]
    public void Read_IndentedText_IsAParagraphNotCode()
    {
        var p = ReadText("Mở đầu.\n\n        Thụt lề **đậm** ở đầu dòng.").Paragraphs();
        p[1].Text.ShouldBe("Thụt lề đậm ở đầu dòng.");
        p[1].RunTexts(RunFormatting.Bold).ShouldBe(["đậm"]);
    }

    [Fact]
    public void Read_PipeTable_BecomesTableBlockWithCellPositions()
    {
        var model = ReadText("Bảng:\n\n| Nhiệm vụ | Thời hạn |\n|---|---|\n| Rà soát *quy hoạch* | Quý II/2026 |\n| Kiểm tra | Thường xuyên |");
        var table = model.Body[1].ShouldBeOfType<TableBlock>();
        table.Position.ShouldBe(BlockPosition.InBody(1));
        table.Rows.Count.ShouldBe(3);
        table.Rows[0].IsHeader.ShouldBeTrue();
        table.Rows[1].IsHeader.ShouldBeFalse();
        table.ColumnCount.ShouldBe(2);
        table.CellAt(1, 0)!.Text.ShouldBe("Rà soát quy hoạch");
        table.CellAt(2, 1)!.Text.ShouldBe("Thường xuyên");
        var cellParagraph = table.CellAt(1, 0)!.Paragraphs().Single();
        cellParagraph.Position.ShouldBe(BlockPosition.InBody(1).InCell(1, 0, 0));
        cellParagraph.RunTexts(RunFormatting.Italic).ShouldBe(["quy hoạch"]);
        model.BodyParagraphs().Count().ShouldBe(7);
    }

    [Fact]
    public void Read_TableCellWithBreaksAndLabels_GivesLabelledParagraphs()
    {
        var model = ReadText("| Nhóm | Giải pháp |\n|---|---|\n| Cán bộ¹ | - Rà soát<br>- Kiểm tra |\n\n¹ Ghi chú.");
        var table = model.Body[0].ShouldBeOfType<TableBlock>();
        var cell = table.CellAt(1, 1)!.Paragraphs().ToList();
        cell.Select(p => (p.ListLabel, p.Text, p.Position)).ShouldBe([
            ("-", "Rà soát", BlockPosition.InBody(0).InCell(1, 1, 0)),
            ("-", "Kiểm tra", BlockPosition.InBody(0).InCell(1, 1, 1)),
        ]);
        var group = table.CellAt(1, 0)!.Paragraphs().Single();
        group.Text.ShouldBe("Cán bộ");
        group.NoteReferences.ShouldBe([new NoteReference(NoteKind.Footnote, "1", 6)]);
        model.Notes.Single().Text.ShouldBe("Ghi chú.");
    }

    [Fact]
    public void Read_BoldAndItalic_RunsTileTheText()
    {
        var p = ReadText("Đồng chí **Tôn Thiện Đồng**, *Trưởng Ban* và ***Phó Ban***.").Paragraphs().Single();
        p.Text.ShouldBe("Đồng chí Tôn Thiện Đồng, Trưởng Ban và Phó Ban.");
        p.Runs.ShouldBe([
            new TextRun(0, 9, RunFormatting.None),
            new TextRun(9, 14, RunFormatting.Bold),
            new TextRun(23, 2, RunFormatting.None),
            new TextRun(25, 10, RunFormatting.Italic),
            new TextRun(35, 4, RunFormatting.None),
            new TextRun(39, 7, RunFormatting.Bold | RunFormatting.Italic),
            new TextRun(46, 1, RunFormatting.None),
        ]);
    }
}
