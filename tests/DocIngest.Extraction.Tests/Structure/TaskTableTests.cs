namespace DocIngest.Extraction.Tests.Structure;

public sealed class TaskTableTests
{
    private static ModelBuilder Plan() => new ModelBuilder()
        .Paragraph("KẾ HOẠCH")
        .Paragraph("khắc phục hạn chế")
        .Paragraph("I. MỤC ĐÍCH, YÊU CẦU")
        .Paragraph("Khắc phục dứt điểm các hạn chế đã chỉ ra.")
        .Paragraph("II. NỘI DUNG KHẮC PHỤC");

    private static (int, int, int, int, string)[] Header =>
        [(0, 0, 1, 1, "TT"), (0, 1, 1, 1, "Nhiệm vụ, giải pháp"), (0, 2, 1, 1, "Đơn vị chủ trì"), (0, 3, 1, 1, "Thời gian hoàn thành")];

    [Fact]
    public void Extract_GroupRowWithCapitalLetterOrSeparateLabelCell_SplitsLabelFromTitle()
    {
        var model = Plan().Table([.. Header,
                (1, 0, 1, 4, "A. HƯỚNG ĐẾN NGƯỜI BỆNH"),
                (2, 0, 1, 1, "1"), (2, 1, 1, 1, "Bổ sung 60 ghế ngồi tại khu chờ"), (2, 2, 1, 1, "Phòng Hành chính"), (2, 3, 1, 1, "Quý II/2026"),
                (3, 0, 1, 1, "II"), (3, 1, 1, 1, "Về đầu tư xây dựng"), (3, 2, 1, 1, ""), (3, 3, 1, 1, ""),
                (4, 0, 1, 1, "1"), (4, 1, 1, 1, "Thẩm định lại dự toán điều chỉnh"), (4, 2, 1, 1, "Sở Xây dựng"), (4, 3, 1, 1, "tháng 9/2026")])
            .Paragraph("III. TỔ CHỨC THỰC HIỆN").Build();

        var record = ExtractionPipeline.CreateDefault().Extract(model);

        record.Groups.Select(g => (g.Number, g.Title)).ShouldBe([("A", "HƯỚNG ĐẾN NGƯỜI BỆNH"), ("II", "Về đầu tư xây dựng")]);
        record.Groups[1].Tasks.ShouldHaveSingleItem().Advisors.ShouldBe(["Sở Xây dựng"]);
    }

    [Fact]
    public void Extract_TableRightAfterParagraphGroupHeading_TasksBelongToThatGroup()
    {
        var model = Plan()
            .Paragraph("1. Về quản lý thu ngân sách")
            .Table([.. Header, (1, 0, 1, 1, "1"), (1, 1, 1, 1, "Nộp toàn bộ tiền phí chợ vào Kho bạc"), (1, 2, 1, 1, "Bộ phận Tài chính"), (1, 3, 1, 1, "tháng 7/2026")])
            .Paragraph("2. Về quản lý tài sản công")
            .Table([.. Header, (1, 0, 1, 1, "1"), (1, 1, 1, 1, "Mở sổ theo dõi tài sản cố định"), (1, 2, 1, 1, "Bộ phận Tài chính"), (1, 3, 1, 1, "Quý III/2026")])
            .Paragraph("III. TỔ CHỨC THỰC HIỆN").Build();

        var record = ExtractionPipeline.CreateDefault().Extract(model);

        record.Groups.Select(g => (g.Number, g.Section, g.Title)).ShouldBe([("1", "II", "Về quản lý thu ngân sách"), ("2", "II", "Về quản lý tài sản công")]);
        record.Groups[1].Tasks.ShouldHaveSingleItem().Text.ShouldBe("Mở sổ theo dõi tài sản cố định");
    }

    [Fact]
    public void Extract_TaskNumberBesideMergedWeaknessCell_GroupIsUnnumbered()
    {
        var model = Plan().Table(
                (0, 0, 1, 1, "TT"), (0, 1, 1, 1, "Hạn chế, khuyết điểm"), (0, 2, 1, 1, "Nhiệm vụ, giải pháp"), (0, 3, 1, 1, "Thời gian hoàn thành"),
                (1, 0, 1, 1, "1"), (1, 1, 2, 1, "Tỷ lệ giải ngân vốn đầu tư công chưa đạt kế hoạch."), (1, 2, 1, 1, "Rà soát các dự án chậm giải ngân"), (1, 3, 1, 1, "tháng 8/2026"),
                (2, 0, 1, 1, "2"), (2, 2, 1, 1, "Điều chuyển vốn của dự án chậm"), (2, 3, 1, 1, "Quý III/2026"))
            .Paragraph("III. TỔ CHỨC THỰC HIỆN").Build();

        var record = ExtractionPipeline.CreateDefault().Extract(model);

        var group = record.Groups.ShouldHaveSingleItem();
        group.Number.ShouldBeNull();
        group.Title.ShouldBe("Tỷ lệ giải ngân vốn đầu tư công chưa đạt kế hoạch.");
        group.Tasks.Count.ShouldBe(2);
    }

    [Fact]
    public void Extract_NguoiThucHienColumn_GivesTheTaskItsOwners()
    {
        var model = Plan().Table(
                (0, 0, 1, 1, "TT"), (0, 1, 1, 1, "Biện pháp khắc phục"), (0, 2, 1, 1, "Người thực hiện"), (0, 3, 1, 1, "Thời gian"),
                (1, 0, 1, 1, "1"), (1, 1, 1, 1, "Cử giáo viên đi đào tạo thạc sĩ"), (1, 2, 1, 1, "Đ/c Vũ Minh Khôi, Hiệu trưởng"), (1, 3, 1, 1, "Tháng 5/2027"))
            .Paragraph("III. TỔ CHỨC THỰC HIỆN").Build();

        var task = ExtractionPipeline.CreateDefault().Extract(model).Groups.ShouldHaveSingleItem().Tasks.ShouldHaveSingleItem();

        task.Owners.ShouldNotBeNull().ShouldHaveSingleItem().Name.ShouldBe("Vũ Minh Khôi");
        task.Advisors.ShouldBeNull();
        task.Deadline.Date.ShouldBe(new DateOnly(2027, 5, 31));
    }

    [Fact]
    public void Extract_HeadersOfARemediationTracker_ReadTaskUnitAndDeadline()
    {
        // "Nội dung khắc phục" is the task, "Đơn vị khắc phục" the unit, "Hạn khắc phục" the deadline.
        var model = Plan().Table(
                (0, 0, 1, 1, "STT"), (0, 1, 1, 1, "Nội dung khắc phục"), (0, 2, 1, 1, "Đơn vị khắc phục"), (0, 3, 1, 1, "Hạn khắc phục"), (0, 4, 1, 1, "Sản phẩm"),
                (1, 0, 1, 1, "1"), (1, 1, 1, 1, "Rà soát hồ sơ cán bộ diện quy hoạch"), (1, 2, 1, 1, "Phòng Nội vụ"), (1, 3, 1, 1, "30/9/2026"), (1, 4, 1, 1, "Báo cáo rà soát"))
            .Paragraph("III. TỔ CHỨC THỰC HIỆN").Build();

        var task = ExtractionPipeline.CreateDefault().Extract(model).Groups.ShouldHaveSingleItem().Tasks.ShouldHaveSingleItem();

        task.Text.ShouldBe("Rà soát hồ sơ cán bộ diện quy hoạch");
        task.Advisors.ShouldBe(["Phòng Nội vụ"]);
        task.Deadline.Date.ShouldBe(new DateOnly(2026, 9, 30));
    }
}
