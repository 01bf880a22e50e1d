using DocIngest.Audit.Scoring;
using DocIngest.Core.Plans;
using DocIngest.Extraction.Ml;
using DocIngest.Extraction.Tests.Acceptance;
using DocIngest.Reading;

namespace DocIngest.Extraction.Tests.Ml;

/// <summary>The models committed in models/ (made by <c>docingest train corpus</c>) load and keep the seed exact.</summary>
public sealed class CommittedModelsTests
{
    private static readonly ModelSet Models = ModelSet.FromFolder(RepositoryFiles.Path("models"));

    [Theory]
    [InlineData("000_1391606a0847e6e9.txt")]
    [InlineData("000_1391606a0847e6e9_docx.docx")]
    public void Extract_SeedInCombinedMode_StillScoresPerfectly(string file)
    {
        var gold = PlanJson.Deserialize(File.ReadAllText(RepositoryFiles.Path("corpus", "seed", "000_1391606a0847e6e9.gold.json")));
        var model = DocumentReaderRegistry.CreateDefault().ReadFile(RepositoryFiles.Path("corpus", "seed", file));

        var record = new ExtractionPipelineBuilder().UseDefaultRules().UseClassifiers(Models).Build().Extract(model);

        Models.DeadlineKind.ShouldNotBeNull();
        Models.BlockRoles.ShouldNotBeNull();
        var score = new PlanScorer().Score(gold, record);
        score.Mismatches.ShouldBeEmpty();
        score.Sheet.StrictTasks.TruePositives.ShouldBe(13);
    }

    [Fact]
    public void Extract_TrailingPeriodicityTheRulesRead_CombinedKeepsTheRuleDeadline()
    {
        // Given: a task ending "… tiêu biểu hằng năm" with no separator; its gold says recurring, "hằng năm".
        // The classifier used to supply this deadline; the rules read it now.
        var model = DocumentReaderRegistry.CreateDefault().ReadFile(RepositoryFiles.Path("corpus", "pandoc", "pandoc_014_bdv_tinhuy_ketluan.docx"));

        // When
        var rules = ExtractionPipeline.CreateDefault().Extract(model);
        var combined = new ExtractionPipelineBuilder().UseDefaultRules().UseClassifiers(Models).Build().Extract(model);

        // Then
        var before = rules.AllTasks().Single(t => t.Task.Text.StartsWith("Tổ chức tọa đàm", StringComparison.Ordinal)).Task;
        var after = combined.AllTasks().Single(t => t.Task.Text.StartsWith("Tổ chức tọa đàm", StringComparison.Ordinal)).Task;
        before.Deadline.ShouldBe(new Deadline(DeadlineKind.Recurring, null, "hằng năm"));
        after.ShouldBe(before);
        after.Evidence!.Rule.ShouldNotContain(DeadlineResolver.ModelRule);
    }

    [Fact]
    public void Extract_PeriodicityTheRulesMiss_ClassifierDecidesOnlyAboveItsThreshold()
    {
        // Given: a task ending "thường kỳ" (periodically), which no deadline rule reads.
        var folder = Directory.CreateTempSubdirectory("docingest-ml-").FullName;
        try
        {
            var path = Path.Combine(folder, "plan.md");
            File.WriteAllText(path, PlanWithPeriodicTask);
            var model = DocumentReaderRegistry.CreateDefault().ReadFile(path);

            // When: the committed threshold, and one low enough for the classifier's 0.6-ish confidence.
            var rules = ExtractionPipeline.CreateDefault().Extract(model);
            var committed = new ExtractionPipelineBuilder().UseDefaultRules().UseClassifiers(Models).Build().Extract(model);
            var lowered = Models.WithDeadlineThreshold(0.5);
            var decided = new ExtractionPipelineBuilder().UseDefaultRules().UseClassifiers(lowered).Build().Extract(model);

            // Then
            static PlanTask Periodic(PlanRecord record) => record.AllTasks().Single(t => t.Task.Text.StartsWith("Cập nhật dữ liệu", StringComparison.Ordinal)).Task;
            Periodic(rules).Deadline.Kind.ShouldBe(DeadlineKind.None);
            Periodic(committed).ShouldBe(Periodic(rules));
            var task = Periodic(decided);
            task.Deadline.ShouldBe(new Deadline(DeadlineKind.Recurring, null, "thường kỳ"));
            task.Text.ShouldBe("Cập nhật dữ liệu cán bộ lên phần mềm quản lý");
            task.Evidence!.Rule.ShouldEndWith("+" + DeadlineResolver.ModelRule);
            task.Evidence.Confidence.ShouldBeInRange(0.5, 1.0);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private const string PlanWithPeriodicTask = """
        BAN TỔ CHỨC TỈNH ỦY

        Số 12-KH/BTCTU

        KẾ HOẠCH

        khắc phục hạn chế, khuyết điểm năm 2025

        I. MỤC ĐÍCH, YÊU CẦU

        1. Khắc phục các hạn chế đã chỉ ra.

        II. NỘI DUNG, LỘ TRÌNH, PHÂN CÔNG THỰC HIỆN

        1. Nhóm khuyết điểm, hạn chế liên quan đến công tác cán bộ

        a) Hạn chế: Công tác quy hoạch cán bộ còn chậm.

        b) Giải pháp khắc phục:

        - Rà soát hồ sơ cán bộ diện quy hoạch (hoàn thành trong Quý II/2026).
        - Cập nhật dữ liệu cán bộ lên phần mềm quản lý thường kỳ.

        - Cơ quan chủ trì: Phòng Tổ chức cán bộ.

        """;
}
