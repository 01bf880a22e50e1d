using DocIngest.Core.Plans;

namespace DocIngest.Extraction.Tests.Structure;

public sealed class DeadlineLineTests
{
    [Fact]
    public void Extract_DeadlineLineAfterATaskList_IsTheGroupDeadlineForTasksWithoutTheirOwn()
    {
        var record = PlanText.Extract("""
            KẾ HOẠCH

            khắc phục hạn chế

            I. NỘI DUNG KHẮC PHỤC

            1. Công tác cán bộ

            Nhiệm vụ, giải pháp:

            - Duy trì chất lượng sinh hoạt chi bộ.

            - Tiếp tục quản lý tài chính, ngân sách (trước 4-9-2026).

            - Xây dựng quy tắc ứng xử tại các khoa, phòng.

            Thời gian hoàn thành: Hàng năm.

            II. TỔ CHỨC THỰC HIỆN

            Văn phòng theo dõi.
            """);

        record.Tasks().Select(t => t.Deadline.Kind).ShouldBe([DeadlineKind.Recurring, DeadlineKind.Due, DeadlineKind.Recurring]);
        record.Tasks()[1].Deadline.Date.ShouldBe(new DateOnly(2026, 9, 4));
    }

    [Fact]
    public void Extract_DeadlineLineAfterEachTask_IsThatTasksOwn()
    {
        var record = PlanText.Extract("""
            KẾ HOẠCH

            thu hồi nợ đọng năm 2026

            I. NHIỆM VỤ CỤ THỂ

            1. Rà soát, phân loại nợ đọng

            a) Lập danh sách hộ còn nợ thuế.

            Thời gian thực hiện: trước ngày 15/10/2026

            b) Vận động từng hộ nộp tiền thuế còn nợ.

            Thời gian thực hiện: tháng 11/2026

            II. TỔ CHỨC THỰC HIỆN

            Văn phòng theo dõi.
            """);

        record.Tasks().Select(t => t.Deadline.Date).ShouldBe([new DateOnly(2026, 10, 15), new DateOnly(2026, 11, 30)]);
        record.Groups.ShouldHaveSingleItem().Deadline.ShouldBeNull();
    }
}
