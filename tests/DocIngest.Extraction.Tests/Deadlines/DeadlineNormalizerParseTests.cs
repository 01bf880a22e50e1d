using System.Globalization;
using System.Text;
using DocIngest.Core.Plans;
using DocIngest.Extraction.Deadlines;

namespace DocIngest.Extraction.Tests.Deadlines;

// Expected dates are worked out by hand from the contract: a period resolves to its LAST day.
public sealed class DeadlineNormalizerParseTests
{
    private static readonly DeadlineContext Plan2026 = new(2026, new DateOnly(2026, 4, 20));
    private readonly DeadlineNormalizer _normalizer = new();

    [Theory]
    [InlineData("thường xuyên")]
    [InlineData("Thực hiện thường xuyên")]
    [InlineData("Thực hiện thường xuyên.")]
    [InlineData("nhiệm vụ thường xuyên")]
    [InlineData("Định kỳ hằng quý")]
    [InlineData("định kỳ hằng tháng")]
    [InlineData("hằng tháng")]
    [InlineData("hằng năm")]
    [InlineData("Hàng năm")]
    [InlineData("định kỳ 6 tháng")]
    [InlineData("Sáu tháng, hằng năm")]
    [InlineData("(thực hiện thường xuyên)")]
    [InlineData("thuong xuyen")]
    public void Parse_Cadence_IsRecurringWithoutDate(string phrase)
    {
        var deadline = _normalizer.Parse(phrase, Plan2026).ShouldNotBeNull();
        deadline.Kind.ShouldBe(DeadlineKind.Recurring);
        deadline.Date.ShouldBeNull();
    }

    [Theory]
    // Day dates in every separator, with and without "ngày" and year.
    [InlineData("trước ngày 30/11/2023", "2023-11-30")]
    [InlineData("trước ngày 30-12-2012", "2012-12-30")]
    [InlineData("trước ngày 20.7.2020", "2020-07-20")]
    [InlineData("Trước ngày 30/6:", "2026-06-30")]
    [InlineData("hoàn thành trước 15/7", "2026-07-15")]
    [InlineData("trước 15-8-2026", "2026-08-15")]
    [InlineData("Chậm nhất ngày 15/9/2026", "2026-09-15")]
    [InlineData("Thời hạn: 15/8/2026", "2026-08-15")]
    [InlineData("đến hết ngày 31/12/2026", "2026-12-31")]
    [InlineData("ngày 15 tháng 8 năm 2026", "2026-08-15")]
    [InlineData("ngày 02 tháng 8 năm 2012", "2012-08-02")]
    [InlineData("ngày 21.3/2013", "2013-03-21")]
    [InlineData("30/6/2026", "2026-06-30")]
    [InlineData("29/02/2024", "2024-02-29")]
    [InlineData("từ ngày 1.1 đến ngày 6.7", "2026-07-06")]
    // Months: last day, February by leap year.
    [InlineData("tháng 7/2026", "2026-07-31")]
    [InlineData("tháng 12/2023", "2023-12-31")]
    [InlineData("tháng 11 năm 2026", "2026-11-30")]
    [InlineData("tháng 2 năm 2024", "2024-02-29")]
    [InlineData("tháng 2/2026", "2026-02-28")]
    [InlineData("tháng 2/2000", "2000-02-29")]
    [InlineData("tháng 2/2100", "2100-02-28")]
    [InlineData("đến hết tháng 11/2012", "2012-11-30")]
    [InlineData("trong tháng 9", "2026-09-30")]
    [InlineData("trong tháng 9 năm nay", "2026-09-30")]
    // Quarters: roman, digits, words, either case, with "/" or "năm".
    [InlineData("Quý II/2026", "2026-06-30")]
    [InlineData("quý I/2020", "2020-03-31")]
    [InlineData("quý II/2024", "2024-06-30")]
    [InlineData("quý 2 năm 2026", "2026-06-30")]
    [InlineData("quý hai năm 2026", "2026-06-30")]
    [InlineData("Quý III", "2026-09-30")]
    [InlineData("QUÝ IV/2025", "2025-12-31")]
    [InlineData("Quí IV/2025", "2025-12-31")]
    [InlineData("hoàn thành trong Quý II/2026", "2026-06-30")]
    [InlineData("trong quý III, đầu quý IV năm nay", "2026-12-31")]
    // Half years.
    [InlineData("6 tháng đầu năm 2023", "2023-06-30")]
    [InlineData("6 tháng đầu năm", "2026-06-30")]
    [InlineData("6 tháng cuối năm", "2026-12-31")]
    [InlineData("sáu tháng cuối năm 2025", "2025-12-31")]
    // Years, horizons, ranges, school years.
    [InlineData("năm 2025", "2025-12-31")]
    [InlineData("trong năm 2026", "2026-12-31")]
    [InlineData("đến năm 2030", "2030-12-31")]
    [InlineData("trong năm", "2026-12-31")]
    [InlineData("2026", "2026-12-31")]
    [InlineData("giai đoạn 2021 - 2025", "2025-12-31")]
    [InlineData("(Giai đoạn: 2021- 2025)", "2025-12-31")]
    [InlineData("2016-2020", "2020-12-31")]
    [InlineData("2017- 2020", "2020-12-31")]
    [InlineData("2011 – 2015", "2015-12-31")]
    [InlineData("năm học 2025 – 2026", "2026-05-31")]
    [InlineData("năm học 2012 – 2013", "2013-05-31")]
    // Labels.
    [InlineData("Thời gian hoàn thành: tháng 7/2026", "2026-07-31")]
    [InlineData("Thời gian thực hiện: Quý III/2026", "2026-09-30")]
    [InlineData("Thời hạn hoàn thành: trước ngày 30/9/2026", "2026-09-30")]
    [InlineData("hoàn thành trước ngày 30/6/2026 theo Kế hoạch số 61-KH/TU, ngày 15/4/2026", "2026-06-30")]
    // Relative to the plan's own issue (issued 2026-04-20, a Monday).
    [InlineData("trong 60 ngày kể từ ngày ký", "2026-06-19")]
    [InlineData("trong thời gian 30 ngày kể từ ngày ban hành", "2026-05-20")]
    [InlineData("trong 05 ngày làm việc kể từ ngày ký", "2026-04-27")]
    [InlineData("trong 60 ngày kể từ ngày Kế hoạch này được ban hành", "2026-06-19")]
    [InlineData("trong 30 ngày kể từ ngày ký ban hành Kế hoạch", "2026-05-20")]
    public void Parse_DatedForm_IsDueOnLastDay(string phrase, string expected)
    {
        var deadline = _normalizer.Parse(phrase, Plan2026).ShouldNotBeNull();
        deadline.Kind.ShouldBe(DeadlineKind.Due);
        deadline.Date.ShouldBe(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("sau khi có kết luận")]
    [InlineData("khi kết thúc đợt kiểm tra")]
    [InlineData("Chậm nhất 05 ngày làm việc sau khi có kết quả")]
    [InlineData("trong 60 ngày kể từ ngày công bố quyết định")]
    [InlineData("sau khi được Ban Thường vụ phê chuẩn")]
    [InlineData("trong 30 ngày")]
    [InlineData("trong 30 ngày kể từ ngày ký quyết định tổ chức lại đơn vị")]
    [InlineData("Trước Đại hội Đảng bộ xã")]
    [InlineData("trước kỳ họp HĐND tỉnh giữa năm")]
    [InlineData("Khi có hướng dẫn của cấp trên")]
    public void Parse_EventTied_IsDueWithoutDate(string phrase)
    {
        var deadline = _normalizer.Parse(phrase, Plan2026).ShouldNotBeNull();
        deadline.Kind.ShouldBe(DeadlineKind.Due);
        deadline.Date.ShouldBeNull();
    }

    [Theory]
    [InlineData("Quý III")]
    [InlineData("trong tháng 9")]
    [InlineData("trước ngày 30/6")]
    [InlineData("6 tháng đầu năm")]
    [InlineData("trong 60 ngày kể từ ngày ký")]
    public void Parse_NoPlanYearOrIssueDate_KeepsKindWithoutDate(string phrase)
    {
        var deadline = _normalizer.Parse(phrase, DeadlineContext.Unknown).ShouldNotBeNull();
        deadline.Kind.ShouldBe(DeadlineKind.Due);
        deadline.Date.ShouldBeNull();
    }

    [Theory]
    [InlineData("đã hoàn thành", null)]
    [InlineData("Đã hoàn thành.", null)]
    [InlineData("đã hoàn thành trong tháng 3/2026", "2026-03-31")]
    [InlineData("đã hoàn thành trong quý I/2026", "2026-03-31")]
    [InlineData("da hoan thanh trong thang 3/2026", "2026-03-31")]
    public void Parse_Done_KeepsPeriodWhenNamed(string phrase, string? expected)
    {
        var deadline = _normalizer.Parse(phrase, Plan2026).ShouldNotBeNull();
        deadline.Kind.ShouldBe(DeadlineKind.Done);
        deadline.Date.ShouldBe(expected is null ? null : DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("đang triển khai")]
    [InlineData("quá hạn")]
    [InlineData("trong hạn")]
    [InlineData("trung hạn")]
    [InlineData("tiếp tục quan tâm chỉ đạo")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Kế hoạch số 61-KH/TU, ngày 15/4/2026")]
    [InlineData("Chỉ thị số 50-CT/TW, ngày 23/7/2025 của Ban Bí thư")]
    [InlineData("Quyết định 34/2014/QĐ-TTg , ngày 20/5/2014")]
    [InlineData("Thời hạn: theo Kế hoạch số 61-KH/TU, ngày 15/4/2026")]
    [InlineData("Hội nghị ngày 01/12/2025")]
    [InlineData("Hướng dẫn số 05-HD/BTCTU, ngày 03/12/2025 của Ban Tổ chức Tỉnh uỷ")]
    [InlineData("29/02/2026")]
    [InlineData("tháng 13/2026")]
    [InlineData("Phòng Tổ chức - Cán bộ")]
    [InlineData("Trước mắt tập trung rà soát hồ sơ")]
    [InlineData("trước đây do Phòng Nội vụ theo dõi")]
    public void Parse_NotADeadline_ReturnsNull(string phrase) =>
        _normalizer.Parse(phrase, Plan2026).ShouldBeNull();

    [Theory]
    [InlineData("(*thời gian hoàn thành: tháng 7/2026*)", "thời gian hoàn thành: tháng 7/2026")]
    [InlineData("  Thực hiện thường xuyên. ", "Thực hiện thường xuyên")]
    [InlineData("[Quý II/2026];", "Quý II/2026")]
    [InlineData("(hoàn thành trong Quý II/2026).", "hoàn thành trong Quý II/2026")]
    public void Parse_Text_IsPhraseWithoutBracketsOrTrailingPunctuation(string phrase, string expected) =>
        _normalizer.Parse(phrase, Plan2026).ShouldNotBeNull().Text.ShouldBe(expected);

    [Theory]
    [InlineData("truoc ngay 30/6/2026", "2026-06-30")]
    [InlineData("TRƯỚC NGÀY 30/6/2026", "2026-06-30")]
    [InlineData("hoan thanh trong quy II/2026", "2026-06-30")]
    [InlineData("Thoi han: 15/8/2026", "2026-08-15")]
    [InlineData("đến hết tháng 11/2012", "2012-11-30")]
    public void Parse_AccentFreeOrUpperCase_Matches(string phrase, string expected) =>
        _normalizer.Parse(phrase, Plan2026).ShouldNotBeNull().Date
            .ShouldBe(DateOnly.ParseExact(expected, "yyyy-MM-dd", CultureInfo.InvariantCulture));

    [Fact]
    public void Parse_NfdInput_MatchesAndReturnsNfcText()
    {
        var nfd = "hoàn thành trong Quý II/2026".Normalize(NormalizationForm.FormD);
        var deadline = _normalizer.Parse(nfd, Plan2026).ShouldNotBeNull();
        deadline.Date.ShouldBe(new DateOnly(2026, 6, 30));
        deadline.Text.ShouldBe("hoàn thành trong Quý II/2026");
    }

    [Fact]
    public void Parse_OldTonePlacement_Matches()
    {
        // "hoà" (old) vs "hòa" (modern) must not matter; neither must "uỷ"/"ủy" around the phrase.
        var deadline = _normalizer.Parse("Tỉnh uỷ giao: thực hiện thường xuyên, hoà nhập", Plan2026).ShouldNotBeNull();
        deadline.Kind.ShouldBe(DeadlineKind.Recurring);
    }

    [Fact]
    public void Parse_HugeInput_ReturnsQuickly()
    {
        var text = string.Concat(Enumerable.Repeat("1/1/ quý năm tháng 2- ", 20_000));
        Should.CompleteIn(() => _normalizer.Parse(text, Plan2026), TimeSpan.FromSeconds(10));
    }
}
