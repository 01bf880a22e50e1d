using static DocIngest.Reading.Tests.Markdown.MarkdownTestFiles;

namespace DocIngest.Reading.Tests.Markdown;

/// <summary>
/// Plain-text exports whose paragraphs are not separated by blank lines: field labels, the archive
/// recipient and numbered capital headings each start a paragraph.
/// </summary>
public sealed class MarkdownFieldLabelTests
{
    // Blank lines only around the blocks, as in a plain-text export: the layout is not one paragraph per line.
    private const string Plan =
        "II- HẠN CHẾ VÀ GIẢI PHÁP\n" +
        "1. Lãnh đạo công tác mua sắm thuốc\n" +
        "Hạn chế, khuyết điểm: Công tác đấu thầu có thời điểm chậm.\n" +
        "Giải pháp:\n" +
        "+ Hoàn thành lựa chọn nhà thầu (tháng 12 năm 2026).\n" +
        "Phân công theo dõi, chỉ đạo: Đồng chí Bí thư Đảng uỷ.\n" +
        "Tham mưu: Văn phòng Đảng uỷ.\n" +
        "\n" +
        "III- TỔ CHỨC THỰC HIỆN\n" +
        "Các chi bộ quán triệt Kế hoạch đến đảng viên, báo cáo kết quả trước ngày 15-12-2026.\n" +
        "\n" +
        "Nơi nhận:\n" +
        "- Các chi bộ trực thuộc,\n" +
        "- Lưu VPĐU.\n" +
        "                         Trịnh Văn Lâm\n";

    [Fact]
    public void Read_PlainTextWithFieldLabels_EachLabelStartsAParagraph()
    {
        var texts = ReadText(Plan, name: "plan.txt").Paragraphs().Select(p => p.Text).ToList();

        texts.ShouldBe([
            "HẠN CHẾ VÀ GIẢI PHÁP",
            "Lãnh đạo công tác mua sắm thuốc",
            "Hạn chế, khuyết điểm: Công tác đấu thầu có thời điểm chậm.",
            "Giải pháp:",
            "Hoàn thành lựa chọn nhà thầu (tháng 12 năm 2026).",
            "Phân công theo dõi, chỉ đạo: Đồng chí Bí thư Đảng uỷ.",
            "Tham mưu: Văn phòng Đảng uỷ.",
            "TỔ CHỨC THỰC HIỆN",
            "Các chi bộ quán triệt Kế hoạch đến đảng viên, báo cáo kết quả trước ngày 15-12-2026.",
            "Nơi nhận:",
            "Các chi bộ trực thuộc,",
            "Lưu VPĐU.",
            "Trịnh Văn Lâm",
        ]);
    }

    [Fact]
    public void Read_PlainTextDecomposedLabels_StillStartParagraphs()
    {
        var decomposed = Plan.Normalize(System.Text.NormalizationForm.FormD);

        var texts = ReadText(decomposed, name: "plan.txt").Paragraphs().Select(p => p.Text).ToList();

        texts.ShouldContain("Phân công theo dõi, chỉ đạo: Đồng chí Bí thư Đảng uỷ.");
        texts.ShouldContain("Trịnh Văn Lâm");
    }

    [Theory]
    [InlineData("Tăng cường công tác kiểm tra, tập trung vào các nội dung\nsau: rà soát hồ sơ, quy trình.")]
    [InlineData("Chỉ đạo các chi bộ thực hiện nghiêm Quy định số 08-QĐi/TW của Ban Chấp hành Trung ương về trách nhiệm nêu gương\nNgày 25/10/2018: thực hiện đầy đủ.")]
    public void Read_WrappedLineNotALabel_StaysInItsParagraph(string text)
    {
        var paragraphs = ReadText(text + "\n\nĐoạn sau.\n", name: "plan.txt").Paragraphs();

        paragraphs.Count.ShouldBe(2);
    }
}
