using DocIngest.Extraction.Ml.Training;

namespace DocIngest.Extraction.Tests.Ml;

public sealed class ThreadSafetyTests
{
    [Fact]
    public async Task Predict_FromManyThreadsAtOnce_MatchesSequentialPredictions()
    {
        // Given
        var model = ClassifierTrainer.AsDeadlineModel(TinyModels.TrainDeadline(), 3);
        var expected = TinyModels.Phrases.Select(model.Predict).ToList();

        // When: many workers share the one model (the audit's Parallel.ForAsync does this).
        var results = new (Core.Plans.DeadlineKind? Kind, double Confidence)[4000];
        await Parallel.ForAsync(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, (i, _) =>
        {
            results[i] = model.Predict(TinyModels.Phrases[i % TinyModels.Phrases.Length]);
            return ValueTask.CompletedTask;
        });

        // Then
        for (var i = 0; i < results.Length; i++)
        {
            results[i].ShouldBe(expected[i % expected.Count]);
        }
    }
}
