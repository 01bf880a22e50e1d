namespace DocIngest.Extraction.Tests.Metadata;

/// <summary>The issuer column of the header, in the shapes Markdown and plain-text renderings give it.</summary>
public sealed class HeaderIssuerTests
{
    public static TheoryData<string[], string> Headers() => new()
    {
        // A party organ takes the committee above it.
        { ["HUYỆN ỦY NGỌC KHÊ", "**BAN TUYÊN GIÁO**", "Số 12-KH/BTGHU", "**ĐẢNG CỘNG SẢN VIỆT NAM**"], "Ban Tuyên giáo Huyện ủy Ngọc Khê" },
        // A state department takes the place of its people's committee; the body name is not a "Số" line.
        { ["ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK", "**SỞ NỘI VỤ**", "Số: 2/KH-SNV", "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"], "Sở Nội vụ tỉnh Đắk Lắk" },
        { ["UBND HUYỆN BÌNH LÂM", "**PHÒNG GIÁO DỤC VÀ ĐÀO TẠO**", "Số: 5/KH-PGDĐT", "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"], "Phòng Giáo dục và Đào tạo huyện Bình Lâm" },
        // One body broken over two lines.
        { ["ỦY BAN NHÂN DÂN", "**HUYỆN ĐÔNG SƠN**", "Số: 15/KH-UBND", "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"], "Ủy ban nhân dân huyện Đông Sơn" },
        { ["ỦY BAN NHÂN DÂN", "**THÀNH PHỐ HỒ CHÍ MINH**", "Số: 1/KH-UBND", "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**"], "Ủy ban nhân dân Thành phố Hồ Chí Minh" },
        { ["SỞ GIÁO DỤC VÀ ĐÀO TẠO THANH HÓA", "**TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP -**", "**GIÁO DỤC THƯỜNG XUYÊN**", "**KHU VỰC THẠCH THÀNH**", "Số: 48/KH-TTGDNN"],
            "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên khu vực Thạch Thành" },
        // A party chain names the lowest committee alone.
        { ["ĐẢNG BỘ TỈNH THANH HÓA", "**ĐẢNG ỦY XÃ QUẢNG PHÚ**", "Số 09-KH/ĐU", "**ĐẢNG CỘNG SẢN VIỆT NAM**"], "Đảng ủy xã Quảng Phú" },
        // The national organisation printed where a state header has its motto is not the issuer.
        { ["TỈNH ĐOÀN QUẢNG HÀ", "**BAN CHẤP HÀNH ĐOÀN HUYỆN SƠN ĐỘNG**", "**ĐOÀN TNCS HỒ CHÍ MINH**", "Số: 23-KH/HĐ"], "Ban Chấp hành Đoàn huyện Sơn Động" },
        { ["HỘI LHPN TỈNH LÂM THỦY", "**HỘI LHPN HUYỆN TÂN PHONG**", "**HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM**", "Số 41-KH/HLHPN"], "Hội LHPN huyện Tân Phong" },
        // The whole header collapsed onto one line.
        { ["**TỈNH ỦY BẮC NINH** **BAN TỔ CHỨC** \\* Số 19-HD/BTCTU", "**ĐẢNG CỘNG SẢN VIỆT NAM**"], "Ban Tổ chức Tỉnh ủy Bắc Ninh" },
    };

    [Theory]
    [MemberData(nameof(Headers))]
    public void Issuer_HeaderColumn_NamedAsInASentence(string[] header, string expected) =>
        MetadataInputs.FromText(Plan(header)).Issuer.ShouldBe(expected);

    [Fact]
    public void Issuer_PlainTextWithBothColumnsOnALine_ReadsTheLeftColumn()
    {
        var text = """
            UỶ BAN NHÂN DÂN                    CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
              XÃ PHÚ NHAM                            Độc lập - Tự do - Hạnh phúc
            Số: 164/KH-UBND                    Phú Nham, ngày 28 tháng 9 năm 2026

            KẾ HOẠCH
            Thu hồi nợ đọng thuế năm 2026

            """ + MetadataInputs.Body;

        var info = MetadataInputs.FromText(text, "input.txt");

        info.Issuer.ShouldBe("Ủy ban nhân dân xã Phú Nham");
        info.Number.ShouldBe("164/KH-UBND");
        info.IssuedOn.ShouldBe(new DateOnly(2026, 9, 28));
    }

    [Fact]
    public void Number_CollapsedHeader_ReadAfterTheIssuer() =>
        MetadataInputs.FromText(Plan(["**TỈNH ỦY BẮC NINH** **BAN TỔ CHỨC** \\* Số 19-HD/BTCTU", "**ĐẢNG CỘNG SẢN VIỆT NAM**"])).Number.ShouldBe("19-HD/BTCTU");

    [Theory]
    [InlineData("Số 09 -KH/ĐU", "09-KH/ĐU")]
    [InlineData("Số: 104/KH-UBND", "104/KH-UBND")]
    [InlineData("Số: …/KH-UBND", null)]
    [InlineData("Số: 30/2020/NĐ-CP", "30/2020/NĐ-CP")]
    public void Number_PrintedForms_Normalised(string line, string? expected) =>
        MetadataInputs.FromText(Plan(["ĐẢNG ỦY XÃ QUẢNG PHÚ", line, "**ĐẢNG CỘNG SẢN VIỆT NAM**"])).Number.ShouldBe(expected);

    [Fact]
    public void Header_ColumnsAlternatingLineByLine_IssuerJoinedAcrossTheMotto()
    {
        var text = "ỦY BAN NHÂN DÂN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nTỈNH LẠNG SƠN\n\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 104/KH-UBND\n\n"
            + "TP.Lạng Sơn, ngày 02 tháng 7 năm 2026\n\n**KẾ HOẠCH**\n\n**khắc phục hạn chế năm 2025**\n\n" + MetadataInputs.Body;

        var info = MetadataInputs.FromText(text);

        info.Issuer.ShouldBe("Ủy ban nhân dân tỉnh Lạng Sơn");
        info.Number.ShouldBe("104/KH-UBND");
        info.IssuedOn.ShouldBe(new DateOnly(2026, 7, 2));
    }

    [Fact]
    public void Header_RowsJoinedWithPipes_ColumnsReadApart()
    {
        var text = "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nTỈNH LẠNG SƠN | Độc lập - Tự do - Hạnh phúc |\nSố: 104/KH-UBND | TP.Lạng Sơn, ngày 02 tháng 7 năm 2026 |\n\n"
            + "KẾ HOẠCH\nKhắc phục hạn chế năm 2025\n\n" + MetadataInputs.Body;

        var info = MetadataInputs.FromText(text, "input.txt");

        info.Issuer.ShouldBe("Ủy ban nhân dân tỉnh Lạng Sơn");
        info.Number.ShouldBe("104/KH-UBND");
        info.IssuedOn.ShouldBe(new DateOnly(2026, 7, 2));
    }

    [Theory]
    [InlineData("Số:\n3335/KH-UBND", "3335/KH-UBND")]
    [InlineData("Số: 16 -\nHD/BTCTW", "16-HD/BTCTW")]
    [InlineData("Số:……/KH-UBND", null)]
    public void Number_HeaderTableCell_SymbolSplitOverLinesJoined(string cell, string? expected)
    {
        var header = MetadataInputs.Table(0,
            ["ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"],
            [cell, "Hà Tĩnh, ngày … tháng … năm 2026"]);

        var info = MetadataInputs.FromBlocks(header,
            MetadataInputs.Paragraph(1, "KẾ HOẠCH", bold: true),
            MetadataInputs.Paragraph(2, "khắc phục hạn chế năm 2025", bold: true),
            MetadataInputs.Paragraph(3, "Thực hiện Kế hoạch số 72-KH/TU ngày 25/3/2026 của Ban Thường vụ Tỉnh ủy, UBND tỉnh xây dựng Kế hoạch như sau:"));

        info.Number.ShouldBe(expected);
        info.IssuedOn.ShouldBeNull();
        info.Issuer.ShouldBe("Ủy ban nhân dân tỉnh Hà Tĩnh");
    }

    private static string Plan(string[] header) =>
        string.Join("\n\n", header) + "\n\n_Quảng Phú, ngày 20 tháng 4 năm 2026_\n\n**KẾ HOẠCH**\n\n**khắc phục hạn chế, khuyết điểm năm 2025**\n\n" + MetadataInputs.Body;
}
