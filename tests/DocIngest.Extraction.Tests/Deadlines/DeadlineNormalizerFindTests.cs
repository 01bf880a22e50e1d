using System.Globalization;
using System.Text;
using DocIngest.Core.Plans;
using DocIngest.Extraction.Deadlines;

namespace DocIngest.Extraction.Tests.Deadlines;

public sealed class DeadlineNormalizerFindTests
{
    private static readonly DeadlineContext Plan2026 = new(2026, null);
    private readonly DeadlineNormalizer _normalizer = new();

    public static TheoryData<string, string, string, string?, string, string> SeedTasks => new()
    {
        // text, expected remaining task text, kind, date, deadline text, rule — from the seed and its gold.
        {
            "Tiếp tục tham mưu sắp xếp, hoàn thiện tổ chức bộ máy theo các nghị quyết, kết luận của Trung ương, của Tỉnh ủy, Ban Thường vụ Tỉnh ủy (*thực hiện thường xuyên*).",
            "Tiếp tục tham mưu sắp xếp, hoàn thiện tổ chức bộ máy theo các nghị quyết, kết luận của Trung ương, của Tỉnh ủy, Ban Thường vụ Tỉnh ủy",
            "Recurring", null, "thực hiện thường xuyên", "paren-recurring"
        },
        {
            "Tập trung rà soát tham mưu hoàn thiện các quy định; công tác quy hoạch cán bộ (*hoàn thành trong Quý II/2026*).",
            "Tập trung rà soát tham mưu hoàn thiện các quy định; công tác quy hoạch cán bộ",
            "Due", "2026-06-30", "hoàn thành trong Quý II/2026", "paren-quarter"
        },
        {
            "(6) Thực hiện tốt chế độ, chính sách; tham mưu công tác cán bộ thường xuyên, bố trí, phân công, sắp xếp, điều động cán bộ,... (*thời gian hoàn thành: tháng 7/2026*)",
            "(6) Thực hiện tốt chế độ, chính sách; tham mưu công tác cán bộ thường xuyên, bố trí, phân công, sắp xếp, điều động cán bộ,...",
            "Due", "2026-07-31", "thời gian hoàn thành: tháng 7/2026", "paren-month"
        },
        {
            "Ban hành kế hoạch kiểm tra, giám sát, quản lý đảng viên (*đã hoàn thành trong tháng 3/2026*).",
            "Ban hành kế hoạch kiểm tra, giám sát, quản lý đảng viên",
            "Done", "2026-03-31", "đã hoàn thành trong tháng 3/2026", "paren-done"
        },
        {
            "Chỉ đạo nâng cao chất lượng sinh hoạt chi bộ theo Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư, Hướng dẫn số 42-HD/BTCTW, ngày 28/10/2025 của Ban Tổ chức Trung ương và Hướng dẫn số 05-HD/BTCTU, ngày 03/12/2025 của Ban Tổ chức Tỉnh uỷ (*đã hoàn thành trong tháng 3/2026*).",
            "Chỉ đạo nâng cao chất lượng sinh hoạt chi bộ theo Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư, Hướng dẫn số 42-HD/BTCTW, ngày 28/10/2025 của Ban Tổ chức Trung ương và Hướng dẫn số 05-HD/BTCTU, ngày 03/12/2025 của Ban Tổ chức Tỉnh uỷ",
            "Done", "2026-03-31", "đã hoàn thành trong tháng 3/2026", "paren-done"
        },
        {
            "Thực hiện quyết liệt Nghị quyết số 35-NQ/TW về đấu tranh phản bác các quan điểm sai trái, thù địch (*thực hiện thường xuyên*).",
            "Thực hiện quyết liệt Nghị quyết số 35-NQ/TW về đấu tranh phản bác các quan điểm sai trái, thù địch",
            "Recurring", null, "thực hiện thường xuyên", "paren-recurring"
        },
        // Trailing clauses after a dash, semicolon, comma or colon, and unseparated strong cues.
        {
            "Rà soát quy hoạch cán bộ - Thời hạn: 30/6/2026",
            "Rà soát quy hoạch cán bộ",
            "Due", "2026-06-30", "Thời hạn: 30/6/2026", "label-date"
        },
        {
            "Ban hành quy chế làm việc; hoàn thành trước ngày 15/8/2026.",
            "Ban hành quy chế làm việc",
            "Due", "2026-08-15", "hoàn thành trước ngày 15/8/2026", "clause-date"
        },
        {
            "Tổng kết công tác cán bộ, thời gian thực hiện: Quý III/2026.",
            "Tổng kết công tác cán bộ",
            "Due", "2026-09-30", "thời gian thực hiện: Quý III/2026", "label-quarter"
        },
        {
            "Kiện toàn bộ máy các phòng trước ngày 30/9/2026.",
            "Kiện toàn bộ máy các phòng",
            "Due", "2026-09-30", "trước ngày 30/9/2026", "clause-date"
        },
        {
            "Sơ kết việc thực hiện quy chế. Thời gian hoàn thành: tháng 12/2026",
            "Sơ kết việc thực hiện quy chế.",
            "Due", "2026-12-31", "Thời gian hoàn thành: tháng 12/2026", "label-month"
        },
        {
            "Báo cáo kết quả kiểm tra; chậm nhất ngày 15/12",
            "Báo cáo kết quả kiểm tra",
            "Due", "2026-12-15", "chậm nhất ngày 15/12", "clause-date"
        },
        {
            "Đôn đốc các chi bộ - thực hiện thường xuyên.",
            "Đôn đốc các chi bộ",
            "Recurring", null, "thực hiện thường xuyên", "clause-recurring"
        },
        {
            "Hoàn thiện đề án vị trí việc làm, đến hết tháng 11/2026.",
            "Hoàn thiện đề án vị trí việc làm",
            "Due", "2026-11-30", "đến hết tháng 11/2026", "clause-month"
        },
        {
            "Xây dựng đề án (giai đoạn 2026 - 2030)",
            "Xây dựng đề án",
            "Due", "2030-12-31", "giai đoạn 2026 - 2030", "paren-range"
        },
        {
            "Sửa đổi quy chế (sau khi có kết luận của Ban Thường vụ Tỉnh ủy).",
            "Sửa đổi quy chế",
            "Due", null, "sau khi có kết luận của Ban Thường vụ Tỉnh ủy", "paren-event"
        },
        {
            "Hoàn thành việc sắp xếp các phòng trong quý III/2026.",
            "Hoàn thành việc sắp xếp các phòng",
            "Due", "2026-09-30", "trong quý III/2026", "clause-quarter"
        },
        {
            "Sơ kết công tác; hoàn thành việc tổng kết trước ngày 30/6/2026.",
            "Sơ kết công tác; hoàn thành việc tổng kết",
            "Due", "2026-06-30", "trước ngày 30/6/2026", "clause-date"
        },
        {
            "Rà soát quy chế - Thời hạn hoàn thành: chậm nhất ngày 15/9/2026",
            "Rà soát quy chế",
            "Due", "2026-09-15", "Thời hạn hoàn thành: chậm nhất ngày 15/9/2026", "label-date"
        },
        {
            "Xây dựng đề án nhân sự - Thời gian thực hiện: 2026 - 2030",
            "Xây dựng đề án nhân sự",
            "Due", "2030-12-31", "Thời gian thực hiện: 2026 - 2030", "label-range"
        },
        {
            "Tổ chức tổng kết (Quý IV)",
            "Tổ chức tổng kết",
            "Due", "2026-12-31", "Quý IV", "paren-quarter"
        },
        {
            // A parenthesis holding only a date after the plan's year is the task's deadline.
            "Đẩy mạnh việc quản lý cơ sở vật chất trong năm học (ngày 11 tháng 12 năm 2026).",
            "Đẩy mạnh việc quản lý cơ sở vật chất trong năm học",
            "Due", "2026-12-11", "ngày 11 tháng 12 năm 2026", "paren-date"
        },
        {
            "Củng cố việc quản lý an toàn thực phẩm (30/9/2026)",
            "Củng cố việc quản lý an toàn thực phẩm",
            "Due", "2026-09-30", "30/9/2026", "paren-date"
        },
        {
            // A parenthesis opening with "before" an event: due, no date.
            "Đôn đốc trả lời dứt điểm các kiến nghị cử tri tồn đọng (trước kỳ họp thường lệ giữa năm của HĐND tỉnh).",
            "Đôn đốc trả lời dứt điểm các kiến nghị cử tri tồn đọng",
            "Due", null, "trước kỳ họp thường lệ giữa năm của HĐND tỉnh", "paren-event"
        },
        {
            "Đề xuất chính sách hỗ trợ (khi có hướng dẫn của Ban Dân vận Trung ương)",
            "Đề xuất chính sách hỗ trợ",
            "Due", null, "khi có hướng dẫn của Ban Dân vận Trung ương", "paren-event"
        },
        {
            // A cadence that closes the task needs no separator.
            "Tổ chức tọa đàm, biểu dương các mô hình tiêu biểu hằng năm.",
            "Tổ chức tọa đàm, biểu dương các mô hình tiêu biểu",
            "Recurring", null, "hằng năm", "clause-recurring"
        },
        {
            // Counted from the plan's signing, with no issue date known: due, date unknown.
            "Tổ chức hội nghị quán triệt Kết luận, trong 45 ngày kể từ ngày ký ban hành Kế hoạch.",
            "Tổ chức hội nghị quán triệt Kết luận",
            "Due", null, "trong 45 ngày kể từ ngày ký ban hành Kế hoạch", "clause-relative"
        },
    };

    [Theory]
    [MemberData(nameof(SeedTasks))]
    public void Find_TrailingDeadline_ReturnsDeadlineAndStripSpan(string text, string remaining, string kind, string? date, string phrase, string rule)
    {
        var match = _normalizer.Find(text, Plan2026).ShouldNotBeNull();
        match.Deadline.Kind.ShouldBe(Enum.Parse<DeadlineKind>(kind));
        match.Deadline.Date.ShouldBe(date is null ? null : DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture));
        match.Deadline.Text.ShouldBe(phrase);
        text.Remove(match.Start, match.Length).ShouldBe(remaining);
        match.Rule.ShouldBe(rule);
    }

    [Theory]
    [InlineData("Thực hiện Kế hoạch số 61-KH/TU, ngày 15/4/2026 của Ban Thường vụ Tỉnh ủy về khắc phục hạn chế, khuyết điểm năm 2025")]
    [InlineData("Chỉ đạo nâng cao chất lượng sinh hoạt chi bộ theo Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư")]
    [InlineData("căn cứ kết quả Hội nghị kiểm điểm, đánh giá, xếp loại tập thể năm 2025 (ngày 01/12/2025)")]
    [InlineData("Thực hiện quyết liệt Nghị quyết số 35-NQ/TW về đấu tranh phản bác các quan điểm sai trái, thù địch.")]
    [InlineData("Triển khai Kế hoạch số 61-KH/TU, ngày 15/4/2026.")]
    [InlineData("Thực hiện theo Quyết định ban hành ngày 20/5/2026")]
    [InlineData("Quy hoạch các chức danh cán bộ chủ chốt nhiệm kỳ 2025-2030, 2026-2031 và 2030 - 2035, 2031 - 2036")]
    [InlineData("Tham mưu công tác cán bộ thường xuyên, bố trí, phân công cán bộ")]
    [InlineData("Đánh giá, xếp loại chất lượng hằng năm đối với tập thể, cá nhân trong hệ thống chính trị")]
    [InlineData("Báo cáo tiến độ (đang triển khai)")]
    [InlineData("Phục hồi các mô hình đã làm (trước đây do Hội Nông dân quản lý)")]
    [InlineData("Tập trung các nhiệm vụ cấp bách (trước mắt là công tác phòng chống bão)")]
    [InlineData("Rút kinh nghiệm sau Hội nghị kiểm điểm (ngày 11 tháng 12 năm 2025)")]
    [InlineData("Tổ chức tọa đàm tại hội trường (dự kiến ngày 30/9/2026 tại xã A)")]
    [InlineData("Rà soát các trường hợp (quá hạn)")]
    [InlineData("Trước ngày 30/6/2026 các đơn vị gửi báo cáo về Ban Tổ chức để tổng hợp, tham mưu")]
    [InlineData("Giao chỉ tiêu phát triển đảng viên (1) ngay từ đầu năm")]
    [InlineData("Thực hiện Quyết định 34/2014/QĐ-TTg , ngày 20/5/2014 của Thủ tướng Chính phủ, hoàn thành nhiệm vụ")]
    [InlineData("Tách riêng các văn bản (dùng khi có nhiều văn bản khác nhau).")]
    [InlineData("Tiết kiệm thời gian xử lý (~2 ngày làm việc)")]
    [InlineData("Đánh giá kết quả đạt được trong năm 2025")]
    [InlineData("Thường xuyên kiểm tra, đôn đốc các chi bộ")]
    [InlineData("Hoàn thành trong quý")]
    [InlineData("")]
    public void Find_NoOwnDeadline_ReturnsNull(string text) =>
        _normalizer.Find(text, Plan2026).ShouldBeNull();

    [Fact]
    public void Find_AccentFreeText_MatchesWithOriginalSpan()
    {
        const string text = "Ra soat quy hoach - thoi han: truoc ngay 30/6/2026.";
        var match = _normalizer.Find(text, Plan2026).ShouldNotBeNull();
        match.Deadline.Date.ShouldBe(new DateOnly(2026, 6, 30));
        text.Remove(match.Start, match.Length).ShouldBe("Ra soat quy hoach");
    }

    [Fact]
    public void Find_NfdText_SpanCoversTheOriginalNfdCharacters()
    {
        var text = "Rà soát quy hoạch (*hoàn thành trong Quý II/2026*).".Normalize(NormalizationForm.FormD);
        var match = _normalizer.Find(text, Plan2026).ShouldNotBeNull();
        match.Deadline.Date.ShouldBe(new DateOnly(2026, 6, 30));
        match.Deadline.Text.ShouldBe("hoàn thành trong Quý II/2026");
        text.Remove(match.Start, match.Length).ShouldBe("Rà soát quy hoạch".Normalize(NormalizationForm.FormD));
    }

    [Fact]
    public void Find_OldTonePlacementAndLowerCaseQuy_Matches()
    {
        const string text = "Kiện toàn Ban Chấp hành Đảng bộ Tỉnh uỷ (hoàn thành trong quý ii/2026)";
        var match = _normalizer.Find(text, Plan2026).ShouldNotBeNull();
        match.Deadline.Date.ShouldBe(new DateOnly(2026, 6, 30));
    }

    [Fact]
    public void Find_RelativeToSigning_UsesIssueDate()
    {
        var match = _normalizer.Find("Báo cáo kết quả (trong 60 ngày kể từ ngày ký)", new DeadlineContext(2026, new DateOnly(2026, 4, 20))).ShouldNotBeNull();
        match.Deadline.Date.ShouldBe(new DateOnly(2026, 6, 19));
        match.Rule.ShouldBe("paren-relative");
    }

    [Fact]
    public void Find_PdfGlyphDamage_HonThanhStillReadsAsHoanThanh()
    {
        var match = _normalizer.Find("Rà soát quy hoạch (hồn thành trong quý II/2026)", Plan2026).ShouldNotBeNull();
        match.Deadline.Date.ShouldBe(new DateOnly(2026, 6, 30));
    }
}
