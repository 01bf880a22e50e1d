using DocIngest.Core.Documents;

namespace DocIngest.Reading.Tests.Markdown;

/// <summary>The seed plan, exported from PDF to text, read paragraph by paragraph (expected values checked by hand against the file).</summary>
public sealed class SeedTextReadingTests
{
    private readonly DocumentModel _model = MarkdownTestFiles.ReadFixture(MarkdownTestFiles.SeedText);

    [Fact]
    public void Read_SeedHeader_KeepsAsteriskNumberKindAndTitleApart()
    {
        var p = _model.Paragraphs();
        p[0].Text.ShouldBe("*");
        p[0].ListLabel.ShouldBeNull();
        p[1].Text.ShouldBe("Số 15-KH/BTCTU");
        p[2].Text.ShouldBe("KẾ HOẠCH");
        p[3].Text.ShouldBe("khắc phục một số hạn chế, khuyết điểm của tập thể lãnh đạo Ban Tổ chức Tỉnh ủy năm 2025");
        p[4].Text.ShouldStartWith("Thực hiện Kế hoạch số 61-KH/TU, ngày 15/4/2026");
        p[4].Text.ShouldEndWith("năm 2025, như sau:");
    }

    [Fact]
    public void Read_SeedSections_CarryRomanLabels()
    {
        var sections = _model.Paragraphs().Where(p => p.ListKind == ListKind.UpperRoman).Select(p => (p.ListLabel, p.Text));
        sections.ShouldBe([
            ("I.", "MỤC ĐÍCH, YÊU CẦU"),
            ("II.", "NỘI DUNG, LỘ TRÌNH, PHÂN CÔNG THỰC HIỆN"),
            ("III.", "TỔ CHỨC THỰC HIỆN"),
        ]);
    }

    [Fact]
    public void Read_SeedGroups_HaveNoteReferenceAtTheEndOfTheTitle()
    {
        var groups = _model.Paragraphs().Where(p => p.Text.StartsWith("Nhóm khuyết điểm", StringComparison.Ordinal)).ToList();
        groups.Select(g => g.ListLabel).ShouldBe(["1.", "2.", "3.", "4.", "5."]);
        groups[0].Text.ShouldBe("Nhóm khuyết điểm, hạn chế liên quan đến công tác cán bộ");
        groups[3].Text.ShouldBe("Nhóm khuyết điểm, hạn chế liên quan đến công tác đổi Thẻ đảng viên");
        for (var i = 0; i < groups.Count; i++)
        {
            var expectedId = (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            groups[i].NoteReferences.ShouldBe([new NoteReference(NoteKind.Footnote, expectedId, groups[i].Text.Length)]);
        }
    }

    [Fact]
    public void Read_SeedPageBreakNotes_RejoinTheCutSentences()
    {
        var tasks = _model.Paragraphs().Where(p => p.ListLabel == "-").Select(p => p.Text).ToList();
        tasks.ShouldContain("Tiếp tục tham mưu sắp xếp, hoàn thiện tổ chức bộ máy, cán bộ của hệ thống chính trị từ tỉnh đến cơ sở theo mô hình tổ chức bộ máy chính quyền địa phương 02 cấp, đảm bảo tinh gọn, hoạt động hiệu lực, hiệu quả theo các nghị quyết, kết luận của Trung ương, của Tỉnh ủy, Ban Thường vụ Tỉnh ủy (thực hiện thường xuyên).");
        tasks.ShouldContain(t => t.EndsWith("trong nội bộ. Thực hiện quyết liệt Nghị quyết số 35-NQ/TW về đấu tranh phản bác các quan điểm sai trái, thù địch (thực hiện thường xuyên).", StringComparison.Ordinal));
        _model.Paragraphs().ShouldNotContain(p => p.Text.StartsWith("cấp, đảm bảo", StringComparison.Ordinal) || p.Text.StartsWith("NQ/TW", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_SeedNotes_MovedOutWithExactText()
    {
        _model.Notes.Select(n => (n.Kind, n.Id, n.Mark)).ShouldBe([
            (NoteKind.Footnote, "1", "¹"), (NoteKind.Footnote, "2", "²"), (NoteKind.Footnote, "3", "³"),
            (NoteKind.Footnote, "4", "⁴"), (NoteKind.Footnote, "5", "⁵"),
        ]);
        _model.FindNote(NoteKind.Footnote, "1")!.Text.ShouldBe("Việc tham mưu bố trí cán bộ, công chức ở một số nơi còn hạn chế dẫn đến nơi thừa, nơi thiếu cán bộ, ảnh hưởng đến hiệu quả hoạt động.");
        _model.FindNote(NoteKind.Footnote, "2")!.Text.ShouldBe("Việc tham mưu nắm, giải quyết tình hình chính trị hiện nay có lúc, có nơi còn lúng túng.");
        _model.FindNote(NoteKind.Footnote, "3")!.Text.ShouldBe("(1) Năng lực lãnh đạo, sức chiến đấu của một số tổ chức đảng chưa mạnh; (2) Công tác phát triển đảng viên mới dễ đạt được 3% trở lên theo chỉ tiêu nghị quyết gấp khó khăn.");
        _model.FindNote(NoteKind.Footnote, "4")!.Text.ShouldBe("Quá trình đổi Thẻ đảng viên thường xảy ra lỗi đường truyền do quá tải, phần mềm không đồng bộ với danh mục tổ chức đảng.");
        _model.FindNote(NoteKind.Footnote, "5")!.Text.ShouldBe("Chưa dành thời gian phù hợp đi cơ sở để kịp thời nắm tình hình, tham mưu, chỉ đạo thực hiện nhiệm vụ.");
        _model.FindNote(NoteKind.Footnote, "3")!.Paragraphs[0].Position.ShouldBe(new BlockPosition(DocumentPart.Footnote, 0, "3"));
    }

    [Fact]
    public void Read_SeedBody_KeepsNoNoteParagraphsOrSuperscriptMarks()
    {
        char[] marks = ['¹', '²', '³', '⁴', '⁵'];
        _model.Paragraphs().Where(p => p.Text.IndexOfAny(marks) >= 0).ShouldBeEmpty();
        _model.Paragraphs()[^1].Text.ShouldBe("Phạm Hữu Toàn");
    }

    [Fact]
    public void Read_SeedTasks_ElevenDashItemsInSectionTwo()
    {
        var p = _model.Paragraphs();
        var start = p.FindIndex(x => x.ListLabel == "II.");
        var end = p.FindIndex(x => x.ListLabel == "III.");
        p.Skip(start).Take(end - start).Count(x => x.ListLabel == "-").ShouldBe(11);
        p.Skip(start).Take(end - start).Count(x => x.ListLabel == "*" && x.Text.StartsWith("Giải pháp thực hiện:", StringComparison.Ordinal)).ShouldBe(5);
    }

    [Fact]
    public void Read_SeedEmphasis_BecomesItalicAndBoldRuns()
    {
        var task = _model.Paragraphs().First(p => p.Text.StartsWith("Tiếp tục tham mưu", StringComparison.Ordinal));
        task.RunTexts(RunFormatting.Italic).ShouldBe(["thực hiện thường xuyên"]);
        task.Text.ShouldEndWith("(thực hiện thường xuyên).");

        var owner = _model.Paragraphs().First(p => p.Text.StartsWith("Phân công theo dõi, chỉ đạo: Đồng chí Tôn", StringComparison.Ordinal));
        owner.ListLabel.ShouldBe("*");
        owner.RunTexts(RunFormatting.Italic).ShouldBe(["Phân công theo dõi, chỉ đạo:"]);
        owner.RunTexts(RunFormatting.Bold).ShouldBe(["Tôn Thiện Đồng"]);
        owner.Runs.Sum(r => r.Length).ShouldBe(owner.Text.Length);
    }

    [Fact]
    public void Read_SeedRecipientsAndSignature_AsPrinted()
    {
        var p = _model.Paragraphs();
        var at = p.FindIndex(x => x.Text == "Nơi nhận:");
        p.Skip(at + 1).Take(4).Select(x => (x.ListLabel, x.Text)).ShouldBe([
            ("-", "Thường trực Tỉnh ủy (báo cáo),"), ("-", "Lãnh đạo Ban,"), ("-", "Các phòng, Văn phòng Ban,"), ("-", "Lưu Văn phòng BTCTU."),
        ]);
        var signature = p[at + 5];
        signature.Text.ShouldBe("K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN");
        signature.BoldShare.ShouldBe(1.0);
    }

    [Fact]
    public void Read_SeedWithoutBlankLines_ReadsTheSameParagraphsAndNotes()
    {
        var text = File.ReadAllText(MarkdownTestFiles.FixturePath(MarkdownTestFiles.SeedText));
        var oneLinePerParagraph = System.Text.RegularExpressions.Regex.Replace(text, @"\n\s*\n+", "\n");
        oneLinePerParagraph.ShouldNotContain("\n\n");
        var model = MarkdownTestFiles.ReadText(oneLinePerParagraph, name: "seed.txt");

        model.Paragraphs().Select(p => (p.ListLabel, p.ListLevel, p.Text))
            .ShouldBe(_model.Paragraphs().Select(p => (p.ListLabel, p.ListLevel, p.Text)));
        model.Notes.Select(n => n.Text).ShouldBe(_model.Notes.Select(n => n.Text));
    }

    [Fact]
    public void Read_SeedPositions_AreBodyIndexesInOrder()
    {
        _model.Body.Select(b => b.Position).ShouldBe(_model.Body.Select((_, i) => BlockPosition.InBody(i)));
    }

    [Fact]
    public void Read_SeedText_TakesWellUnderFiveMillisecondsWarm()
    {
        var bytes = File.ReadAllBytes(MarkdownTestFiles.FixturePath(MarkdownTestFiles.SeedText));
        var reader = new Reading.Markdown.MarkdownDocumentReader(ReaderOptions.Default);
        for (var i = 0; i < 20; i++)
        {
            reader.Read(new MemoryStream(bytes), "seed.txt");
        }

        // The best of several batches: other tests run in parallel and only slow batches down.
        var best = double.MaxValue;
        for (var batch = 0; batch < 5; batch++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            for (var i = 0; i < 10; i++)
            {
                reader.Read(new MemoryStream(bytes), "seed.txt");
            }

            best = Math.Min(best, watch.Elapsed.TotalMilliseconds / 10);
        }

        // Measured about 0.7 ms per read in Release; the bound only catches a pathological slowdown.
        best.ShouldBeLessThan(5);
    }
}
