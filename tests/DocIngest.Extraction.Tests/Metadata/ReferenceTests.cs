using DocIngest.Core.Plans;

namespace DocIngest.Extraction.Tests.Metadata;

/// <summary>Documents cited by number: kind, number and date.</summary>
public sealed class ReferenceTests
{
    private const string Top = "ỦY BAN NHÂN DÂN\n\n**HUYỆN ĐÔNG SƠN**\n\nSố: 15/KH-UBND\n\n_Đông Sơn, ngày 20 tháng 4 năm 2026_\n\n**KẾ HOẠCH**\n\n**khắc phục hạn chế năm 2025**\n\n";

    public static TheoryData<string, DocumentReference> Citations() => new()
    {
        // Words may qualify the kind before "số".
        { "Căn cứ Kết luận thanh tra số 33/KL-TTr ngày 08/5/2026 của Thanh tra tỉnh, UBND huyện xây dựng Kế hoạch như sau:", new DocumentReference("33/KL-TTr", "Kết luận", new DateOnly(2026, 5, 8)) },
        { "Căn cứ Luật Tổ chức chính quyền địa phương số 73/2025/QH15, UBND huyện xây dựng Kế hoạch như sau:", new DocumentReference("73/2025/QH15", "Luật", null) },
        { "Thực hiện Văn bản số 3310/UBND-TH ngày 05/9/2026 của UBND tỉnh, UBND huyện xây dựng Kế hoạch như sau:", new DocumentReference("3310/UBND-TH", "Văn bản", new DateOnly(2026, 9, 5)) },
        // … but not another kind in capitals: "quy định tại Quyết định số …" cites a Quyết định.
        { "Thực hiện theo quy định tại Quyết định số 25/2024/QĐ-UBND của UBND tỉnh, UBND huyện xây dựng Kế hoạch như sau:", new DocumentReference("25/2024/QĐ-UBND", "Quyết định", null) },
        // A "Thông báo kết luận" is a Thông báo.
        { "Thực hiện Thông báo Kết luận số 77/TB-ĐKT ngày 14.3.2026 của Đoàn kiểm tra, UBND huyện xây dựng Kế hoạch như sau:", new DocumentReference("77/TB-ĐKT", "Thông báo", new DateOnly(2026, 3, 14)) },
    };

    [Theory]
    [MemberData(nameof(Citations))]
    public void References_Preamble_CitationRead(string preamble, DocumentReference expected) =>
        MetadataInputs.FromText(Top + preamble + "\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nKhắc phục nghiêm túc các hạn chế.").References.ShouldBe([expected]);

    [Fact]
    public void References_DatelessFirstMention_DateTakenFromALaterOne()
    {
        var text = Top.Replace("khắc phục hạn chế năm 2025", "khắc phục hạn chế theo Kết luận số 27-KL/UBKTTU", StringComparison.Ordinal)
            + "Thực hiện Kết luận số 27-KL/UBKTTU, ngày 10-3-2026 của Ủy ban Kiểm tra Tỉnh ủy, UBND huyện xây dựng Kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nKhắc phục nghiêm túc các hạn chế.";

        MetadataInputs.FromText(text).References.ShouldBe([new DocumentReference("27-KL/UBKTTU", "Kết luận", new DateOnly(2026, 3, 10))]);
    }
}
