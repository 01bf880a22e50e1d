namespace DocIngest.CorpusGenerator;

/// <summary>Builds issuer profiles for party committees and boards, People's Committees, departments, schools and hospitals.</summary>
internal sealed class IssuerFactory(Random rng)
{
    public const int KindCount = 13;

    /// <summary>Kinds 0–5 are party bodies; the rest are state bodies.</summary>
    public static bool IsPartyKind(int kind) => kind < 6;

    public IssuerProfile Create(int kind)
    {
        var province = Pick(PhraseBank.Provinces);
        var district = Pick(PhraseBank.Districts);
        var commune = Pick(PhraseBank.Communes);
        var upperProvince = Upper(province);
        var upperDistrict = Upper(district);
        var upperCommune = Upper(commune);
        return kind switch
        {
            0 => Party(["ĐẢNG BỘ TỈNH " + upperProvince, "ĐẢNG ỦY XÃ " + upperCommune], $"Đảng ủy xã {commune}", $"Ban Thường vụ Đảng ủy xã {commune}", "KH/ĐU", commune,
                ["Phó Bí thư Thường trực Đảng ủy", "Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân xã", "Đảng ủy viên, Chủ tịch Ủy ban Mặt trận Tổ quốc xã", "Ủy viên Ban Thường vụ, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy"],
                ["Thường trực Đảng ủy", "Ban Thường vụ Đảng ủy"], ["Văn phòng Đảng ủy", "Ủy ban Kiểm tra Đảng ủy", "Ban Xây dựng Đảng", "Ủy ban nhân dân xã", "Ủy ban Mặt trận Tổ quốc xã", "các chi bộ trực thuộc"],
                ["Ban Thường vụ Huyện ủy (b/c)", "Thường trực Đảng ủy", "Các đồng chí Đảng ủy viên", "Các chi bộ trực thuộc (thực hiện)", "Lưu Văn phòng Đảng ủy"],
                [["T/M ĐẢNG ỦY", "BÍ THƯ"], ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"]], "Huyện ủy"),
            1 => Party(["TỈNH ỦY " + upperProvince, "BAN TỔ CHỨC"], $"Ban Tổ chức Tỉnh ủy {province}", $"tập thể lãnh đạo Ban Tổ chức Tỉnh ủy {province}", "KH/BTCTU", province,
                ["Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy", "Tỉnh ủy viên, Phó Trưởng Ban Tổ chức Tỉnh ủy", "Phó Trưởng Ban Tổ chức Tỉnh ủy"],
                ["Các đồng chí lãnh đạo Ban Tổ chức Tỉnh ủy", "Lãnh đạo Ban"], ["Phòng Tổ chức - Cán bộ", "Phòng Bảo vệ chính trị nội bộ", "Phòng Tổ chức đảng - Đảng viên", "Văn phòng Ban", "Phòng Cơ sở đảng"],
                ["Thường trực Tỉnh ủy (báo cáo)", "Lãnh đạo Ban", "Các phòng, Văn phòng Ban", "Lưu Văn phòng BTCTU"],
                [["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], ["TRƯỞNG BAN"]], "Tỉnh ủy"),
            2 => Party(["HUYỆN ỦY " + upperDistrict, "BAN TUYÊN GIÁO"], $"Ban Tuyên giáo Huyện ủy {district}", $"tập thể lãnh đạo Ban Tuyên giáo Huyện ủy {district}", "KH/BTGHU", district,
                ["Ủy viên Ban Thường vụ Huyện ủy, Trưởng Ban Tuyên giáo", "Phó Trưởng Ban Thường trực Ban Tuyên giáo", "Phó Trưởng Ban Tuyên giáo Huyện ủy"],
                ["Các đồng chí lãnh đạo Ban", "Tập thể lãnh đạo Ban Tuyên giáo"], ["Bộ phận Tuyên truyền", "Bộ phận Lý luận chính trị", "Trung tâm Chính trị huyện", "Bộ phận Khoa giáo"],
                ["Thường trực Huyện ủy (b/c)", "Ban Tuyên giáo Tỉnh ủy (b/c)", "Lãnh đạo Ban", "Lưu BTG"],
                [["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], ["TRƯỞNG BAN"]], "Huyện ủy"),
            3 => Party(["HUYỆN ỦY " + upperDistrict, "ỦY BAN KIỂM TRA"], $"Ủy ban Kiểm tra Huyện ủy {district}", $"Ủy ban Kiểm tra Huyện ủy {district}", "KH/UBKTHU", district,
                ["Chủ nhiệm Ủy ban Kiểm tra Huyện ủy", "Phó Chủ nhiệm Thường trực Ủy ban Kiểm tra", "Phó Chủ nhiệm Ủy ban Kiểm tra Huyện ủy"],
                ["Thường trực Ủy ban Kiểm tra", "Các đồng chí Ủy viên Ủy ban Kiểm tra"], ["Bộ phận Kiểm tra 1", "Bộ phận Kiểm tra 2", "Bộ phận Tổng hợp", "Tổ giúp việc"],
                ["Thường trực Huyện ủy (để b/c)", "Ủy ban Kiểm tra Tỉnh ủy (để b/c)", "Các đồng chí Ủy viên UBKT", "Lưu VT"],
                [["T/M ỦY BAN KIỂM TRA", "CHỦ NHIỆM"], ["T/M ỦY BAN KIỂM TRA", "PHÓ CHỦ NHIỆM"]], "Huyện ủy"),
            4 => Party(["TỈNH ỦY " + upperProvince, "VĂN PHÒNG"], $"Văn phòng Tỉnh ủy {province}", $"tập thể lãnh đạo Văn phòng Tỉnh ủy {province}", "KH/VPTU", province,
                ["Chánh Văn phòng Tỉnh ủy", "Phó Chánh Văn phòng Tỉnh ủy"],
                ["Lãnh đạo Văn phòng", "Các đồng chí lãnh đạo Văn phòng Tỉnh ủy"], ["Phòng Tổng hợp", "Phòng Hành chính - Lưu trữ", "Phòng Tài chính - Đảng phí", "Phòng Quản trị", "Phòng Công nghệ thông tin"],
                ["Thường trực Tỉnh ủy (b/c)", "Lãnh đạo Văn phòng", "Các phòng thuộc Văn phòng", "Lưu VPTU"],
                [["K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG"], ["CHÁNH VĂN PHÒNG"]], "Tỉnh ủy"),
            5 => Party(["ĐẢNG BỘ TỈNH " + upperProvince, "HUYỆN ỦY " + upperDistrict], $"Huyện ủy {district}", $"Ban Thường vụ Huyện ủy {district}", "KH/HU", district,
                ["Phó Bí thư Thường trực Huyện ủy", "Ủy viên Ban Thường vụ, Trưởng Ban Tổ chức Huyện ủy", "Ủy viên Ban Thường vụ, Chủ tịch Ủy ban nhân dân huyện"],
                ["Thường trực Huyện ủy", "Ban Thường vụ Huyện ủy"], ["Ban Tổ chức Huyện ủy", "Ủy ban Kiểm tra Huyện ủy", "Văn phòng Huyện ủy", "Ban Dân vận Huyện ủy", "Ủy ban nhân dân huyện"],
                ["Ban Thường vụ Tỉnh ủy (b/c)", "Các đồng chí Huyện ủy viên", "Các tổ chức cơ sở đảng", "Lưu Văn phòng Huyện ủy"],
                [["T/M BAN THƯỜNG VỤ", "BÍ THƯ"], ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ"]], "Tỉnh ủy"),
            12 => State(["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"], "Ủy ban nhân dân Thành phố Hồ Chí Minh", "Ủy ban nhân dân Thành phố", "KH-UBND", Pick(["TP. Hồ Chí Minh", "TP.Hồ Chí Minh", "Thành phố Hồ Chí Minh"]),
                ["Phó Chủ tịch Ủy ban nhân dân Thành phố", "Chủ tịch Ủy ban nhân dân Thành phố", "Giám đốc Sở Nội vụ"],
                ["Lãnh đạo Ủy ban nhân dân Thành phố", "Các sở, ban, ngành Thành phố"], ["Sở Nội vụ", "Sở Tài chính", "Văn phòng Ủy ban nhân dân Thành phố", "Sở Tư pháp", "Thanh tra Thành phố"],
                ["Thường trực Thành ủy (b/c)", "Thường trực HĐND Thành phố (b/c)", "Các sở, ban, ngành Thành phố", "Lưu: VT, NC"],
                [["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]], "Ủy ban nhân dân Thành phố"),
            6 => State(["ỦY BAN NHÂN DÂN", "TỈNH " + upperProvince], $"Ủy ban nhân dân tỉnh {province}", $"Ủy ban nhân dân tỉnh {province}", "KH-UBND", Pick([province, "TP. " + province, "TP." + province]),
                ["Phó Chủ tịch Ủy ban nhân dân tỉnh", "Chủ tịch Ủy ban nhân dân tỉnh", "Giám đốc Sở Nội vụ"],
                ["Lãnh đạo Ủy ban nhân dân tỉnh", "Các sở, ban, ngành tỉnh"], ["Sở Nội vụ", "Sở Tài chính", "Văn phòng Ủy ban nhân dân tỉnh", "Sở Tư pháp", "Thanh tra tỉnh", "Sở Khoa học và Công nghệ"],
                ["Thường trực Tỉnh ủy (b/c)", "Thường trực HĐND tỉnh (b/c)", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành tỉnh", "Lưu: VT, NC"],
                [["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]], "Ủy ban nhân dân tỉnh"),
            7 => State(["ỦY BAN NHÂN DÂN", "HUYỆN " + upperDistrict], $"Ủy ban nhân dân huyện {district}", $"Ủy ban nhân dân huyện {district}", "KH-UBND", district,
                ["Phó Chủ tịch Ủy ban nhân dân huyện", "Chủ tịch Ủy ban nhân dân huyện", "Chánh Văn phòng HĐND và UBND huyện"],
                ["Lãnh đạo Ủy ban nhân dân huyện", "Các phòng, ban chuyên môn"], ["Phòng Nội vụ", "Phòng Tài chính - Kế hoạch", "Văn phòng HĐND và UBND huyện", "Phòng Tài nguyên và Môi trường", "Thanh tra huyện", "Phòng Tư pháp"],
                ["Thường trực Huyện ủy (b/c)", "Thường trực HĐND huyện (b/c)", "Chủ tịch, các PCT UBND huyện", "Các phòng, ban chuyên môn", "Lưu: VT"],
                [["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]], "Ủy ban nhân dân huyện"),
            8 => State(["ỦY BAN NHÂN DÂN", "XÃ " + upperCommune], $"Ủy ban nhân dân xã {commune}", $"Ủy ban nhân dân xã {commune}", "KH-UBND", commune,
                ["Phó Chủ tịch Ủy ban nhân dân xã", "Chủ tịch Ủy ban nhân dân xã"],
                ["Lãnh đạo Ủy ban nhân dân xã", "Các ban, ngành, đoàn thể xã"], ["Văn phòng - Thống kê", "Công chức Địa chính - Xây dựng", "Công chức Tư pháp - Hộ tịch", "Công an xã", "Ban Chỉ huy Quân sự xã"],
                ["Đảng ủy xã (b/c)", "Thường trực HĐND xã (b/c)", "Các ban, ngành, đoàn thể xã", "Lưu: VT"],
                [["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]], "Ủy ban nhân dân huyện"),
            9 => State(["ỦY BAN NHÂN DÂN TỈNH " + upperProvince, "SỞ NỘI VỤ"], $"Sở Nội vụ tỉnh {province}", $"Sở Nội vụ tỉnh {province}", "KH-SNV", province,
                ["Giám đốc Sở", "Phó Giám đốc Sở"],
                ["Ban Giám đốc Sở", "Lãnh đạo Sở"], ["Văn phòng Sở", "Phòng Tổ chức - Biên chế", "Phòng Cải cách hành chính", "Thanh tra Sở", "Chi cục Văn thư - Lưu trữ"],
                ["UBND tỉnh (b/c)", "Ban Giám đốc Sở", "Các phòng, đơn vị thuộc Sở", "Lưu: VT, VP"],
                [["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"], ["GIÁM ĐỐC"]], "Ủy ban nhân dân tỉnh"),
            10 => State(["PHÒNG GD&ĐT HUYỆN " + upperDistrict, "TRƯỜNG THCS " + upperCommune], $"Trường THCS {commune}", $"Trường THCS {commune}", "KH-THCS", commune,
                ["Hiệu trưởng", "Phó Hiệu trưởng"],
                ["Ban Giám hiệu", "Các tổ trưởng chuyên môn"], ["Tổ Khoa học tự nhiên", "Tổ Khoa học xã hội", "Tổ Văn phòng", "Đoàn Thanh niên", "Công đoàn trường"],
                ["Phòng GD&ĐT (b/c)", "Ban Giám hiệu", "Các tổ chuyên môn", "Lưu: VT"],
                [["HIỆU TRƯỞNG"], ["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG"]], "Ủy ban nhân dân huyện"),
            _ => State(["SỞ Y TẾ " + upperProvince, "BỆNH VIỆN ĐA KHOA " + upperDistrict], $"Bệnh viện Đa khoa {district}", $"Bệnh viện Đa khoa {district}", "KH-BV", district,
                ["Giám đốc Bệnh viện", "Phó Giám đốc Bệnh viện"],
                ["Ban Giám đốc", "Lãnh đạo các khoa, phòng"], ["Phòng Kế hoạch tổng hợp", "Phòng Điều dưỡng", "Phòng Tài chính kế toán", "Khoa Dược", "Khoa Kiểm soát nhiễm khuẩn", "Phòng Tổ chức cán bộ"],
                ["Sở Y tế (b/c)", "Ban Giám đốc", "Các khoa, phòng", "Lưu: VT, KHTH"],
                [["GIÁM ĐỐC"], ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"]], "Ủy ban nhân dân tỉnh"),
        };
    }

    private static IssuerProfile Party(string[] header, string issuer, string leadership, string symbol, string place, string[] titles, string[] collectives, string[] units, string[] recipients, string[][] signers, string parent) =>
        new()
        {
            IsParty = true, Tag = "header-party", HeaderLines = header, Issuer = issuer, LeadershipBody = leadership, Symbol = symbol, Place = place,
            LeaderTitles = titles, Collectives = collectives, Units = units, Recipients = recipients, SignerTitles = signers, ParentBody = parent,
        };

    private static IssuerProfile State(string[] header, string issuer, string leadership, string symbol, string place, string[] titles, string[] collectives, string[] units, string[] recipients, string[][] signers, string parent) =>
        new()
        {
            IsParty = false, Tag = "header-state", HeaderLines = header, Issuer = issuer, LeadershipBody = leadership, Symbol = symbol, Place = place,
            LeaderTitles = titles, Collectives = collectives, Units = units, Recipients = recipients, SignerTitles = signers, ParentBody = parent,
        };

    private string Pick(IReadOnlyList<string> options) => options[rng.Next(options.Count)];

    private static string Upper(string text) => text.ToUpper(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
}
