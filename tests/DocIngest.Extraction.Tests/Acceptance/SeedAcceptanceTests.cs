using DocIngest.Audit.Scoring;
using DocIngest.Core.Plans;
using DocIngest.Reading;

namespace DocIngest.Extraction.Tests.Acceptance;

/// <summary>
/// The plan that started the project must always come out exactly as its hand-checked gold
/// record, both as it was received (PDF-export text) and as a .docx with real Word footnotes.
/// </summary>
public sealed class SeedAcceptanceTests
{
    private static readonly string GoldPath = RepositoryFiles.Path("corpus", "seed", "000_1391606a0847e6e9.gold.json");

    [Theory]
    [InlineData("000_1391606a0847e6e9.txt")]
    [InlineData("000_1391606a0847e6e9_docx.docx")]
    public void Extract_Seed_ScoresPerfectlyAgainstGold(string file)
    {
        // Given
        var gold = PlanJson.Deserialize(File.ReadAllText(GoldPath));
        var model = DocumentReaderRegistry.CreateDefault().ReadFile(RepositoryFiles.Path("corpus", "seed", file));

        // When
        var record = ExtractionPipeline.CreateDefault().Extract(model);
        var score = new PlanScorer().Score(gold, record);

        // Then
        score.Mismatches.ShouldBeEmpty();
        score.Sheet.StrictTasks.TruePositives.ShouldBe(13);
        score.Sheet.StrictTasks.FalsePositives.ShouldBe(0);
        score.Sheet.Weaknesses.TruePositives.ShouldBe(6);
        score.Sheet.Groups.TruePositives.ShouldBe(5);
        score.Sheet.DocFieldMisses.ShouldBe(0);
    }

    [Theory]
    [InlineData("000_1391606a0847e6e9.txt")]
    [InlineData("000_1391606a0847e6e9_docx.docx")]
    public void Extract_Seed_ReproducesTheGoldValuesExactly(string file)
    {
        var gold = PlanJson.Deserialize(File.ReadAllText(GoldPath));
        var record = ExtractionPipeline.CreateDefault().Extract(DocumentReaderRegistry.CreateDefault().ReadFile(RepositoryFiles.Path("corpus", "seed", file)));

        record.Document.Number.ShouldBe(gold.Document.Number);
        record.Document.Kind.ShouldBe(gold.Document.Kind);
        record.Document.Title.ShouldBe(gold.Document.Title);
        record.Document.Issuer.ShouldBe(gold.Document.Issuer);
        record.Document.Signer.ShouldBe(gold.Document.Signer);
        record.Document.References.ShouldBe(gold.Document.References);
        record.Document.Recipients.ShouldBe(gold.Document.Recipients);
        record.Sections.Select(s => (s.Number, s.Title)).ShouldBe(gold.Sections.Select(s => (s.Number, s.Title)));
        record.Groups.Count.ShouldBe(gold.Groups.Count);
        for (var g = 0; g < gold.Groups.Count; g++)
        {
            var (expected, actual) = (gold.Groups[g], record.Groups[g]);
            actual.Number.ShouldBe(expected.Number);
            actual.Title.ShouldBe(expected.Title);
            actual.Weaknesses.ShouldBe(expected.Weaknesses);
            actual.Owners.ShouldBe(expected.Owners);
            actual.Advisors.ShouldBe(expected.Advisors);
            actual.Deadline.ShouldBe(expected.Deadline);
            actual.Tasks.Select(t => (t.Text, t.Deadline)).ShouldBe(expected.Tasks.Select(t => (t.Text, t.Deadline)));
            actual.Tasks.Select(t => t.Items).ShouldBe(expected.Tasks.Select(t => t.Items), ignoreOrder: false);
        }
    }
}
