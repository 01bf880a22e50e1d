using DocIngest.Core.Plans;

namespace DocIngest.Extraction.Tests.Metadata;

/// <summary>The "Nơi nhận" list and the signature, in the orders and layouts renderings give them.</summary>
public sealed class ClosingBlockTests
{
    private const string Top = "ỦY BAN NHÂN DÂN\n\n**HUYỆN ĐÔNG SƠN**\n\nSố: 15/KH-UBND\n\n_Đông Sơn, ngày 20 tháng 4 năm 2026_\n\n**KẾ HOẠCH**\n\n**khắc phục hạn chế năm 2025**\n\n";

    public static TheoryData<string, string, string?, string[]> Closings() => new()
    {
        // Signature first, then Nơi nhận (the two columns flattened left to right, right first).
        {
            "**KT. CHỦ TỊCH**\n\n**PHÓ CHỦ TỊCH**\n\n**Ngô Trọng Tâm**\n\n**Nơi nhận:**\n\n- Thường trực Huyện ủy (b/c),\n- Các phòng, ban,\n- Lưu: VT, NC.",
            "KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "Ngô Trọng Tâm", ["Thường trực Huyện ủy", "Các phòng, ban", "Lưu: VT, NC"]
        },
        // Nơi nhận first; a name with a one-letter word.
        {
            "**Nơi nhận:**\n\n- Ban Thường vụ Huyện ủy (b/c),\n- Lưu VPĐU.\n\n**T/M ĐẢNG ỦY**\n\n**BÍ THƯ**\n\n**Mùa A Tủa**",
            "T/M ĐẢNG ỦY BÍ THƯ", "Mùa A Tủa", ["Ban Thường vụ Huyện ủy", "Lưu VPĐU"]
        },
        // An appendix after the list is not a recipient; a count in brackets stays.
        {
            "**TM. ỦY BAN NHÂN DÂN**\n\n**CHỦ TỊCH**\n\n**Tôn Ngọc Khánh**\n\n**Nơi nhận:**\n\n- Sở Nội vụ (để b/c);\n- Lưu: VT, TT(03).\n\n**PHỤ LỤC**\n\n**NHIỆM VỤ, GIẢI PHÁP KHẮC PHỤC**",
            "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH", "Tôn Ngọc Khánh", ["Sở Nội vụ", "Lưu: VT, TT(03)"]
        },
        // No delegation mark: the office signs in its own name; "(Đã ký)" stands before the name.
        {
            "**Nơi nhận:**\n\n- Sở Y tế (b/c),\n- Lưu: VT.\n\n**GIÁM ĐỐC**\n\n(Đã ký)\n\n**Phan Văn Linh**",
            "GIÁM ĐỐC", "Phan Văn Linh", ["Sở Y tế", "Lưu: VT"]
        },
    };

    [Theory]
    [MemberData(nameof(Closings))]
    public void Closing_MarkdownLayouts_SignerAndRecipientsRead(string closing, string title, string? name, string[] recipients)
    {
        var info = MetadataInputs.FromText(Top + MetadataInputs.Body + "\n\n" + closing);

        info.Signer.ShouldBe(new Party(name, title));
        info.Recipients.ShouldBe(recipients);
    }

    [Fact]
    public void Closing_PlainTextColumnsSideBySide_SplitIntoListAndSignature()
    {
        var closing = """
            Nơi nhận:                                     TM. UỶ BAN NHÂN DÂN
            - Chi cục Thuế khu vực (b/c);                        CHỦ TỊCH
            - Các thôn;
            - Lưu: VP.                                        Nông Văn Thạch
            """;

        var info = MetadataInputs.FromText("ỦY BAN NHÂN DÂN XÃ PHÚ NHAM\n-------\nSố: 164/KH-UBND\n\nKẾ HOẠCH\nThu hồi nợ đọng thuế năm 2026\n\n" + MetadataInputs.Body + "\n\n" + closing, "input.txt");

        info.Signer.ShouldBe(new Party("Nông Văn Thạch", "TM. UỶ BAN NHÂN DÂN CHỦ TỊCH"));
        info.Recipients.ShouldBe(["Chi cục Thuế khu vực", "Các thôn", "Lưu: VP"]);
    }

    [Fact]
    public void Closing_NameJoinedOntoTheFileCopyLine_SplitOff()
    {
        var closing = """
            Nơi nhận:                                   T/M BAN THƯỜNG VỤ
            - Thường trực Tỉnh uỷ (báo cáo),                    BÍ THƯ
            - Các chi bộ trực thuộc,
            - Lưu VPĐU.
                                                          Trịnh Văn Lâm
            """;

        var info = MetadataInputs.FromText("ĐẢNG ỦY XÃ PHÚ NHAM\n\\*\nSố 5-KH/ĐU\n\nKẾ HOẠCH\nkhắc phục hạn chế năm 2025\n\n" + MetadataInputs.Body + "\n\n" + closing, "input.txt");

        info.Signer.ShouldBe(new Party("Trịnh Văn Lâm", "T/M BAN THƯỜNG VỤ BÍ THƯ"));
        info.Recipients.ShouldBe(["Thường trực Tỉnh uỷ", "Các chi bộ trực thuộc", "Lưu VPĐU"]);
    }

    [Fact]
    public void Closing_TwoSignaturesInATable_TheOfficeSigns()
    {
        var info = MetadataInputs.FromBlocks(
            MetadataInputs.Table(0, ["UBND XÃ XUYÊN MỘC\nTRƯỜNG TIỂU HỌC KIM ĐỒNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["", "Xuyên Mộc, ngày 12 tháng 3 năm 2026"]),
            MetadataInputs.Paragraph(1, "BIÊN BẢN", bold: true),
            MetadataInputs.Paragraph(2, "Kiểm tra nội bộ hoạt động sư phạm của giáo viên", bold: true),
            MetadataInputs.Paragraph(3, "Hôm nay, tại phòng Hội đồng Trường Tiểu học Kim Đồng, Ban kiểm tra nội bộ tiến hành kiểm tra hoạt động sư phạm của giáo viên lớp 3A."),
            MetadataInputs.Table(4, ["GIÁO VIÊN ĐƯỢC KIỂM TRA\n\n\nTrần Thị Thu Hiền", "TRƯỞNG BAN KIỂM TRA\n\n\nPhạm Thị Ngọc Lan"]));

        info.Signer.ShouldBe(new Party("Phạm Thị Ngọc Lan", "TRƯỞNG BAN KIỂM TRA"));
        info.Issuer.ShouldBe("Trường Tiểu học Kim Đồng");
    }
}
