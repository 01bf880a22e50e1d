using System.Globalization;
using System.Text;

namespace DocIngest.Ingestion.Tests;

/// <summary>Good and bad files for the drop folder: small Markdown plans with distinct numbers, corpus files, and broken files of each kind.</summary>
internal static class Plans
{
    public static string Corpus(string name) => Path.Combine(AppContext.BaseDirectory, "corpus", name);

    /// <summary>The good Word plans copied from the corpus (every one has tasks).</summary>
    public static IReadOnlyList<string> CorpusPlans() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "corpus"), "*.docx")
            .Where(f => !Path.GetFileName(f).StartsWith("np_", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Letters, reports and decisions from the corpus: readable, but not plans.</summary>
    public static IReadOnlyList<string> NonPlans() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "corpus"), "np_*.docx").Order(StringComparer.Ordinal).ToList();

    public static string PlanText(int number)
    {
        var n = number.ToString(CultureInfo.InvariantCulture);
        return $"""
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

            - Rà soát quy hoạch cán bộ đợt {n} theo quy định (hoàn thành trong Quý II/2026).

            - Tiếp tục kiện toàn tổ chức bộ máy đợt {n} (thực hiện thường xuyên).

            * Phân công theo dõi, chỉ đạo: Đồng chí Tôn Thiện Đồng, Trưởng Ban Tổ chức Tỉnh ủy.

            * Tham mưu: Phòng Tổ chức - Cán bộ.

            III. TỔ CHỨC THỰC HIỆN

            1. Các phòng triển khai thực hiện.
            """;
    }

    public static byte[] PlanBytes(int number) => new UTF8Encoding(false).GetBytes(PlanText(number));

    public static string WritePlan(string folder, int number)
    {
        var path = Path.Combine(folder, $"plan-{number.ToString(CultureInfo.InvariantCulture)}.md");
        File.WriteAllBytes(path, PlanBytes(number));
        return path;
    }

    /// <summary>
    /// Writes <paramref name="count"/> bad files, cycling through the kinds the issue names:
    /// zero bytes, not a zip, a truncated zip, a .doc renamed .docx, random bytes, a non-plan letter.
    /// </summary>
    public static IReadOnlyList<string> WriteBad(string folder, int count)
    {
        var random = new Random(7);
        var good = File.ReadAllBytes(CorpusPlans()[0]);
        var nonPlans = NonPlans();
        var paths = new List<string>();
        for (var i = 0; i < count; i++)
        {
            var n = i.ToString("D2", CultureInfo.InvariantCulture);
            var (name, bytes) = (i % 6) switch
            {
                0 => ($"bad-{n}-empty.docx", Array.Empty<byte>()),
                1 => ($"bad-{n}-notzip.docx", Encoding.UTF8.GetBytes($"Đây không phải tệp Word {n}.")),
                2 => ($"bad-{n}-truncated.docx", good[..(good.Length / 2 + i)]),
                3 => ($"bad-{n}-legacy.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. RandomBytes(random, 2048)]),
                4 => ($"bad-{n}-random.docx", RandomBytes(random, 1000 + i)),
                _ => ($"bad-{n}-letter.docx", File.ReadAllBytes(nonPlans[i / 6 % nonPlans.Count])),
            };
            var path = Path.Combine(folder, name);
            File.WriteAllBytes(path, bytes);
            paths.Add(path);
        }

        return paths;
    }

    private static byte[] RandomBytes(Random random, int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
