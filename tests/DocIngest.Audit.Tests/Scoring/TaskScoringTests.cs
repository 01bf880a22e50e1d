using DocIngest.Audit.Scoring;
using DocIngest.Core.Plans;
using static DocIngest.Audit.Tests.TestPlans;

namespace DocIngest.Audit.Tests.Scoring;

public sealed class TaskScoringTests
{
    private readonly PlanScorer _scorer = new();

    [Fact]
    public void Score_BestMatchTakenFirst_PairsHighestSimNotDocumentOrder()
    {
        // sim(gold0, pred) = 2·4/10 = 0.8 and sim(gold1, pred) = 1.0: the greedy pairing takes
        // gold1 although gold0 comes first, so gold0 is the miss.
        var gold = Record(Group("1", "nhóm",
            Task("một hai ba bốn năm", DeadlineKind.Due, "2026-06-30"),
            Task("một hai ba bốn sáu", DeadlineKind.Recurring)));
        var predicted = Record(Group("1", "nhóm", Task("một hai ba bốn sáu", DeadlineKind.Recurring)));

        var score = _scorer.Score(gold, predicted);

        score.Sheet.Tasks.ShouldBe(new Counts(1, 0, 1));
        score.Sheet.StrictTasks.ShouldBe(new Counts(1, 0, 1));
        score.Mismatches.ShouldContain(new Mismatch("task.missed", "một hai ba bốn năm", null));
    }

    [Fact]
    public void Score_EqualSims_TieGoesToFirstGoldInDocumentOrder()
    {
        var gold = Record(Group("1", "nhóm",
            Task("rà soát hồ sơ cán bộ", DeadlineKind.Due, "2026-06-30"),
            Task("rà soát hồ sơ cán bộ", DeadlineKind.Recurring)));
        var predicted = Record(Group("1", "nhóm", Task("rà soát hồ sơ cán bộ", DeadlineKind.Due, "2026-06-30")));

        var score = _scorer.Score(gold, predicted);

        // Paired with the first gold task (due), so the pair is strict-correct.
        score.Sheet.StrictTasks.ShouldBe(new Counts(1, 0, 1));
    }

    [Fact]
    public void Score_SimExactlyAtThreshold_Pairs()
    {
        // 3 common tokens of 5 + 5: sim = 6/10 = 0.6.
        var gold = Record(Group("1", "nhóm", Task("một hai ba bốn năm")));
        var predicted = Record(Group("1", "nhóm", Task("một hai ba sáu bảy")));

        _scorer.Score(gold, predicted).Sheet.Tasks.ShouldBe(new Counts(1, 0, 0));
    }

    [Fact]
    public void Score_SimJustBelowThreshold_DoesNotPair()
    {
        // 3 common tokens of 5 + 6: sim = 6/11 ≈ 0.545.
        var gold = Record(Group("1", "nhóm", Task("một hai ba bốn năm")));
        var predicted = Record(Group("1", "nhóm", Task("một hai ba sáu bảy tám")));

        var score = _scorer.Score(gold, predicted);

        score.Sheet.Tasks.ShouldBe(new Counts(0, 1, 1));
        score.Mismatches.Select(m => m.Field).ShouldBe(["task.missed", "task.spurious"]);
    }

    [Fact]
    public void Score_CollectiveOwnerWithoutName_ComparedByTitleWithEitherTonePlacement()
    {
        var gold = Record(Group("1", "nhóm", Task("kiện toàn tổ chức")) with
        {
            Owners = [new Party(null, "Thường trực Đảng ủy")],
            Advisors = ["Ban Tổ chức Tỉnh ủy"],
        });
        var predicted = Record(Group("1", "nhóm", Task("kiện toàn tổ chức")) with
        {
            Owners = [new Party(null, "Thường trực Đảng uỷ")],
            Advisors = ["Ban Tổ chức Tỉnh uỷ"],
        });

        var score = _scorer.Score(gold, predicted);

        score.Sheet.TaskOwners.ShouldBe(new Accuracy(1, 1));
        score.Sheet.TaskAdvisors.ShouldBe(new Accuracy(1, 1));
        score.Sheet.StrictTasks.ShouldBe(new Counts(1, 0, 0));
    }

    [Fact]
    public void Score_OwnerWithName_KeyIsNameNotTitle()
    {
        var gold = Record(Group("1", "nhóm", Task("kiện toàn tổ chức")) with
        {
            Owners = [new Party("Tôn Thiện Đồng", "Trưởng Ban")],
        });
        var sameNameOtherTitle = Record(Group("1", "nhóm", Task("kiện toàn tổ chức")) with
        {
            Owners = [new Party("Tôn Thiện Đồng", "Phó Trưởng Ban")],
        });
        var titleOnly = Record(Group("1", "nhóm", Task("kiện toàn tổ chức")) with
        {
            Owners = [new Party(null, "Trưởng Ban")],
        });

        _scorer.Score(gold, sameNameOtherTitle).Sheet.TaskOwners.ShouldBe(new Accuracy(1, 1));
        var wrong = _scorer.Score(gold, titleOnly);
        wrong.Sheet.TaskOwners.ShouldBe(new Accuracy(0, 1));
        wrong.Sheet.StrictTasks.ShouldBe(new Counts(0, 1, 1));
        wrong.Mismatches.ShouldHaveSingleItem().ShouldBe(
            new Mismatch("task.owners", "Tôn Thiện Đồng", "Trưởng Ban", "kiện toàn tổ chức"));
    }

    [Fact]
    public void Score_TaskOwnOwners_OverrideGroupOwners()
    {
        var gold = Record(Group("1", "nhóm", Task("kiện toàn tổ chức") with { Owners = [new Party("Lê Văn B", null)] }) with
        {
            Owners = [new Party("Tôn Thiện Đồng", null)],
        });
        var predicted = Record(Group("1", "nhóm", Task("kiện toàn tổ chức")) with { Owners = [new Party("Lê Văn B", null)] });

        _scorer.Score(gold, predicted).Sheet.TaskOwners.ShouldBe(new Accuracy(1, 1));
    }

    [Fact]
    public void Score_WrongDateAndGroup_FieldAccuraciesAndEvidenceRecorded()
    {
        var evidence = new Evidence("body[12]", "deadline-paren");
        var gold = Record(
            Group("1", "nhóm một", Task("rà soát hồ sơ cán bộ", DeadlineKind.Due, "2026-06-30")),
            Group("2", "nhóm hai", Task("ban hành kế hoạch kiểm tra", DeadlineKind.Recurring)));
        var predicted = Record(
            Group("1", "nhóm một",
                Task("rà soát hồ sơ cán bộ", DeadlineKind.Due, "2026-09-30", evidence),
                Task("ban hành kế hoạch kiểm tra", DeadlineKind.Recurring)));

        var score = _scorer.Score(gold, predicted);

        score.Sheet.Tasks.ShouldBe(new Counts(2, 0, 0));
        score.Sheet.TaskDeadlineKind.ShouldBe(new Accuracy(2, 2));
        score.Sheet.TaskDeadlineDate.ShouldBe(new Accuracy(1, 2));
        score.Sheet.TaskGroup.ShouldBe(new Accuracy(1, 2));
        // The group is not part of strict correctness: only the wrong date costs a strict TP.
        score.Sheet.StrictTasks.ShouldBe(new Counts(1, 1, 1));
        score.Mismatches.ShouldContain(new Mismatch("task.deadline.date", "2026-06-30", "2026-09-30", "rà soát hồ sơ cán bộ", evidence));
        score.Mismatches.ShouldContain(m => m.Field == "task.group" && m.Gold == "2 (nhóm hai)" && m.Predicted == "1 (nhóm một)");
        score.Sheet.Groups.ShouldBe(new Counts(1, 0, 1));
    }

    [Fact]
    public void Score_Partners_CountedButNotStrict()
    {
        var gold = Record(Group("1", "nhóm", Task("phối hợp quản lý")) with { Partners = ["Công an tỉnh"] });
        var predicted = Record(Group("1", "nhóm", Task("phối hợp quản lý")));

        var score = _scorer.Score(gold, predicted);

        score.Sheet.TaskPartners.ShouldBe(new Accuracy(0, 1));
        score.Sheet.StrictTasks.ShouldBe(new Counts(1, 0, 0));
    }

    [Fact]
    public void Score_Weaknesses_PairedAndGroupAttributionChecked()
    {
        var gold = Record(
            Group("1", "nhóm một") with { Weaknesses = ["năng lực lãnh đạo chưa mạnh", "công tác phát triển đảng viên còn khó khăn"] },
            Group("2", "nhóm hai") with { Weaknesses = ["phần mềm không đồng bộ"] });
        var predicted = Record(
            Group("1", "nhóm một") with { Weaknesses = ["năng lực lãnh đạo chưa mạnh", "phần mềm không đồng bộ", "một câu khác hẳn"] });

        var score = _scorer.Score(gold, predicted);

        score.Sheet.Weaknesses.ShouldBe(new Counts(2, 1, 1));
        score.Sheet.WeaknessGroup.ShouldBe(new Accuracy(1, 2));
        score.Sheet.Weaknesses.F1.ShouldBe(2.0 / 3, 1e-12);
    }
}
