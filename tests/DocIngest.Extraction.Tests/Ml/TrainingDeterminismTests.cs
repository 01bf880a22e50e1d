using DocIngest.Core.Plans;
using DocIngest.Extraction.Ml;
using DocIngest.Extraction.Ml.Training;
using DocIngest.Extraction.Tests.Acceptance;
using DocIngest.Reading;

namespace DocIngest.Extraction.Tests.Ml;

public sealed class TrainingDeterminismTests
{
    [Fact]
    public void TrainDeadlineKind_TwiceWithOneSeed_GivesIdenticalScores()
    {
        var first = ClassifierTrainer.AsDeadlineModel(TinyModels.TrainDeadline(seed: 5), 5);
        var second = ClassifierTrainer.AsDeadlineModel(TinyModels.TrainDeadline(seed: 5), 5);

        var a = TinyModels.Phrases.Select(first.Predict).ToList();
        var b = TinyModels.Phrases.Select(second.Predict).ToList();

        b.ShouldBe(a);
        a.Select(p => p.Kind).ShouldContain(DeadlineKind.Recurring);
    }

    [Fact]
    public void TrainBlockRoles_TwiceOnTheSeedWithOneSeed_GivesIdenticalPredictions()
    {
        // Given: the seed's aligned blocks as a small training set.
        var directory = RepositoryFiles.Path("corpus", "seed");
        var gold = PlanJson.Deserialize(File.ReadAllText(Path.Combine(directory, "000_1391606a0847e6e9.gold.json")));
        var blocks = BlockFeatures.Enumerate(DocumentReaderRegistry.CreateDefault().ReadFile(Path.Combine(directory, "000_1391606a0847e6e9.txt")));
        var roles = BlockAligner.Align(gold, blocks).Roles;
        var rows = blocks.Select((b, i) => b.Input.WithLabel(roles[i])).ToList();

        // When
        var first = ClassifierTrainer.AsBlockModel(ClassifierTrainer.TrainBlockRoles(rows, 11), 11).Predict(blocks);
        var second = ClassifierTrainer.AsBlockModel(ClassifierTrainer.TrainBlockRoles(rows, 11), 11).Predict(blocks);

        // Then: identical, and the model learned its training data for the plentiful class.
        second.ShouldBe(first);
        first.Zip(roles).Count(x => x.First.Role == BlockRole.Task && x.Second == BlockRole.Task).ShouldBeGreaterThan(8);
    }
}
