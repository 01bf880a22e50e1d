using System.Globalization;
using System.Text;

namespace DocIngest.Cli.Tests;

/// <summary>Small Markdown plans written for the CLI tests, each with a distinct number.</summary>
internal static class Fixtures
{
    public static string WritePlan(string folder, int number, string owner = "Tôn Thiện Đồng", string deadline = "hoàn thành trong Quý II/2026")
    {
        var n = number.ToString(CultureInfo.InvariantCulture);
        var text = $"""
            BAN TỔ CHỨC TỈNH ỦY

            Số {n}-KH/BTCTU

            KẾ HOẠCH

            khắc phục hạn chế, khuyết điểm số {n} năm 2025

            Ban Tổ chức Tỉnh ủy xây dựng Kế hoạch khắc phục hạn chế, khuyết điểm năm 2025, như sau:

            I. MỤC ĐÍCH, YÊU CẦU

            1. Khắc phục các hạn chế đã chỉ ra.

            II. NỘI DUNG, LỘ TRÌNH, PHÂN CÔNG THỰC HIỆN

            1. Nhóm khuyết điểm, hạn chế liên quan đến công tác cán bộ

            * Giải pháp thực hiện:

            - Rà soát quy hoạch cán bộ đợt {n} theo quy định ({deadline}).

            - Tiếp tục kiện toàn tổ chức bộ máy đợt {n} (thực hiện thường xuyên).

            * Phân công theo dõi, chỉ đạo: Đồng chí {owner}, Trưởng Ban Tổ chức Tỉnh ủy.

            * Tham mưu: Phòng Tổ chức - Cán bộ.

            III. TỔ CHỨC THỰC HIỆN

            1. Các phòng triển khai thực hiện.
            """;
        var path = Path.Combine(folder, $"plan-{n}.md");
        File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }
}
