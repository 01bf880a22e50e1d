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
    public void Extract_UnrecognisedTrailingPeriodicity_ClassifierDecidesAndRecordsItself()
    {
        // Given: a plan whose task ends "… tiêu biểu hằng năm" with no separator; its gold says recurring, "hằng năm".
        var model = DocumentReaderRegistry.CreateDefault().ReadFile(RepositoryFiles.Path("corpus", "pandoc", "pandoc_014_bdv_tinhuy_ketluan.docx"));

        // When
        var rules = ExtractionPipeline.CreateDefault().Extract(model);
        var combined = new ExtractionPipelineBuilder().UseDefaultRules().UseClassifiers(Models).Build().Extract(model);

        // Then
        var before = rules.AllTasks().Single(t => t.Task.Text.StartsWith("Tổ chức tọa đàm", StringComparison.Ordinal)).Task;
        var after = combined.AllTasks().Single(t => t.Task.Text.StartsWith("Tổ chức tọa đàm", StringComparison.Ordinal)).Task;
        before.Deadline.Kind.ShouldBe(DeadlineKind.None);
        after.Deadline.ShouldBe(new Deadline(DeadlineKind.Recurring, null, "hằng năm"));
        after.Text.ShouldBe("Tổ chức tọa đàm, biểu dương các mô hình tiêu biểu");
        after.Evidence!.Rule.ShouldEndWith("+" + DeadlineResolver.ModelRule);
        after.Evidence.Confidence.ShouldBeInRange(Models.DeadlineThreshold, 1.0);
    }
}
