namespace DocIngest.Extraction.Tests.Metadata;

/// <summary>The kind line and the title lines under it.</summary>
public sealed class TitleBlockTests
{
    private const string Header = "UBND TỈNH QUẢNG TRỊ\n\n**SỞ NỘI VỤ**\n\nSố: 57/KH-SNV\n\n_Quảng Trị, ngày 05 tháng 01 năm 2026_\n\n";

    [Theory]
    // Upper-case title over two lines, the second opening with "THEO".
    [InlineData("**KẾ HOẠCH**\n\n**THỰC HIỆN KHẮC PHỤC TỒN TẠI, HẠN CHẾ**\n\n**THEO KẾT LUẬN KIỂM TRA NĂM 2026**",
        "Kế hoạch", "THỰC HIỆN KHẮC PHỤC TỒN TẠI, HẠN CHẾ THEO KẾT LUẬN KIỂM TRA NĂM 2026")]
    [InlineData("**KẾ HOẠCH**\n\n**thực hiện khắc phục tồn tại, hạn chế**\n\n**theo Kết luận kiểm tra năm 2026**",
        "Kế hoạch", "thực hiện khắc phục tồn tại, hạn chế theo Kết luận kiểm tra năm 2026")]
    // The issuing authority of a Quyết định is upper case under a sentence-case title: not title.
    [InlineData("**QUYẾT ĐỊNH**\n\n**Về việc thành lập Tổ công tác**\n\n**GIÁM ĐỐC SỞ NỘI VỤ**",
        "Quyết định", "Về việc thành lập Tổ công tác")]
    // A plain sentence after a bold title starts the body.
    [InlineData("**GIẤY MỜI**\n\n**Dự Hội nghị sơ kết 6 tháng**\n\nSở Nội vụ trân trọng kính mời dự họp",
        "Giấy mời", "Dự Hội nghị sơ kết 6 tháng")]
    // "Chương trình hành động" is a Chương trình.
    [InlineData("**CHƯƠNG TRÌNH HÀNH ĐỘNG**\n\n**thực hiện Nghị quyết số 93-NQ/TW của Bộ Chính trị**",
        "Chương trình", "thực hiện Nghị quyết số 93-NQ/TW của Bộ Chính trị")]
    // A legal document: the kind comes before chapter headings that open with another kind word.
    [InlineData("**NGHỊ ĐỊNH**\n\n**Về công tác văn thư**\n\n_Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;_\n\n**Chương I**\n\n**QUY ĐỊNH CHUNG**",
        "Nghị định", "Về công tác văn thư")]
    // The subject run onto the kind line.
    [InlineData("**KẾ HOẠCH** **Khắc phục hạn chế trong công tác tiêm chủng**",
        "Kế hoạch", "Khắc phục hạn chế trong công tác tiêm chủng")]
    public void KindAndTitle_TitleBlock_ReadUntilTheStyleChanges(string block, string kind, string title)
    {
        var info = MetadataInputs.FromText(Header + block + "\n\n" + MetadataInputs.Body);

        info.Kind.ShouldBe(kind);
        info.Title.ShouldBe(title);
    }

    [Fact]
    public void KindAndTitle_PlainTextKindWithSubjectOnNextLine_Joined()
    {
        var info = MetadataInputs.FromText("ỦY BAN NHÂN DÂN XÃ PHÚ NHAM\n-------\nSố: 164/KH-UBND\n\nKẾ HOẠCH\nThu hồi nợ đọng thuế năm 2026\n\n" + MetadataInputs.Body, "input.txt");

        info.Kind.ShouldBe("Kế hoạch");
        info.Title.ShouldBe("Thu hồi nợ đọng thuế năm 2026");
    }

    [Fact]
    public void KindAndTitle_CongVanWithSubjectUnderTheNumber_KindCongVanTitleFromVv()
    {
        var header = MetadataInputs.Table(0,
            ["ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\n-------", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
            ["Số: 1530/UBND-NC\nV/v đôn đốc báo cáo kết quả khắc phục", "Hà Tĩnh, ngày 03 tháng 6 năm 2026"]);

        var info = MetadataInputs.FromBlocks(header,
            MetadataInputs.Paragraph(1, "Kính gửi: Các sở, ban, ngành cấp tỉnh."),
            MetadataInputs.Paragraph(2, "Thực hiện Kế hoạch số 72-KH/TU ngày 25/3/2026 của Ban Thường vụ Tỉnh ủy, Chủ tịch UBND tỉnh yêu cầu các cơ quan gửi báo cáo trước ngày 15/6/2026."));

        info.Kind.ShouldBe("Công văn");
        info.Title.ShouldBe("đôn đốc báo cáo kết quả khắc phục");
        info.Number.ShouldBe("1530/UBND-NC");
        info.Issuer.ShouldBe("Ủy ban nhân dân tỉnh Hà Tĩnh");
    }
}
