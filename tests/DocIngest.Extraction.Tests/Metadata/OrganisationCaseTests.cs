using DocIngest.Extraction.Metadata;

namespace DocIngest.Extraction.Tests.Metadata;

public sealed class OrganisationCaseTests
{
    [Theory]
    [InlineData("SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NGHỆ AN", "Sở Giáo dục và Đào tạo tỉnh Nghệ An")]
    [InlineData("BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY HÀ TĨNH", "Ban Tuyên giáo và Dân vận Tỉnh ủy Hà Tĩnh")]
    [InlineData("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "Ủy ban nhân dân Thành phố Hồ Chí Minh")]
    [InlineData("ỦY BAN NHÂN DÂN THÀNH PHỐ LÂM THỦY", "Ủy ban nhân dân thành phố Lâm Thủy")]
    [InlineData("TRUNG TÂM GIÁO DỤC NGHỀ NGHIỆP - GIÁO DỤC THƯỜNG XUYÊN KHU VỰC THẠCH THÀNH", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên khu vực Thạch Thành")]
    [InlineData("BẢO HIỂM XÃ HỘI KHU VỰC XII", "Bảo hiểm xã hội khu vực XII")]
    [InlineData("ĐẢNG ỦY CÁC CƠ QUAN ĐẢNG TỈNH", "Đảng ủy các cơ quan Đảng tỉnh")]
    [InlineData("TRƯỜNG THCS XUÂN LỘC", "Trường THCS Xuân Lộc")]
    [InlineData("TRƯỜNG TIỂU HỌC KIM ĐỒNG", "Trường Tiểu học Kim Đồng")]
    [InlineData("HỘI CỰU CHIẾN BINH HUYỆN MƯỜNG LẠN", "Hội Cựu chiến binh huyện Mường Lạn")]
    [InlineData("SỞ TÀI CHÍNH", "Sở Tài chính")]
    [InlineData("ĐẢNG ỦY XÃ ĐỒNG ĐĂNG", "Đảng ủy xã Đồng Đăng")]
    [InlineData("CHI BỘ SỞ TƯ PHÁP", "Chi bộ Sở Tư pháp")]
    [InlineData("BAN CHẤP HÀNH ĐOÀN HUYỆN SƠN ĐỘNG", "Ban Chấp hành Đoàn huyện Sơn Động")]
    [InlineData("BỆNH VIỆN ĐA KHOA BÌNH SƠN", "Bệnh viện Đa khoa Bình Sơn")]
    [InlineData("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Sở Văn hóa, Thể thao và Du lịch")]
    [InlineData("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN TÂN PHONG", "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Tân Phong")]
    public void Apply_UpperCaseBodyName_GivesSentenceCase(string upper, string expected) =>
        OrganisationCase.Apply(upper).ShouldBe(expected);
}
