using DocIngest.Core.Plans;
using DocIngest.Extraction.Deadlines;
using DocIngest.Extraction.Ml;
using DocIngest.Extraction.Tests.Acceptance;
using DocIngest.Reading;

namespace DocIngest.Extraction.Tests.Ml;

public sealed class ModelSetTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "docingest-ml-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void DeadlineKind_MissingFolder_IsNullWithWarning()
    {
        var models = ModelSet.FromFolder(_folder);

        models.DeadlineKind.ShouldBeNull();
        models.Warnings.ShouldContain(w => w.Contains(ModelManifest.FileName, StringComparison.Ordinal));
    }

    [Fact]
    public void DeadlineKind_CorruptZip_IsNullWithWarningAndExtractionRunsRulesOnly()
    {
        // Given: a valid manifest beside a deadline model file that is not a zip.
        Directory.CreateDirectory(_folder);
        TinyModels.WriteManifest(_folder, threshold: 0.0);
        File.WriteAllBytes(Path.Combine(_folder, ModelManifest.DeadlineKindFile), [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7]);
        var models = ModelSet.FromFolder(_folder);
        var seed = DocumentReaderRegistry.CreateDefault().ReadFile(RepositoryFiles.Path("corpus", "seed", "000_1391606a0847e6e9.txt"));

        // When
        var combined = new ExtractionPipelineBuilder().UseDefaultRules().UseClassifiers(models, ClassifierMode.Ml).Build().Extract(seed);
        var rules = ExtractionPipeline.CreateDefault().Extract(seed);

        // Then
        models.DeadlineKind.ShouldBeNull();
        models.Warnings.ShouldContain(w => w.Contains(ModelManifest.DeadlineKindFile, StringComparison.Ordinal) && w.Contains("cannot be loaded", StringComparison.Ordinal));
        PlanJson.Serialize(combined).ShouldBe(PlanJson.Serialize(rules));
    }

    [Fact]
    public void DeadlineKind_FeatureVersionMismatch_IsNullWithWarning()
    {
        TinyModels.WriteDeadlineModel(_folder, threshold: 0.5, deadlineFeatureVersion: DeadlineKindFeatures.Version + 1);

        var models = ModelSet.FromFolder(_folder);

        models.DeadlineKind.ShouldBeNull();
        models.Warnings.ShouldContain(w => w.Contains("feature version", StringComparison.Ordinal));
    }

    [Fact]
    public void DeadlineKind_ValidFiles_LoadsOnceAndPredicts()
    {
        TinyModels.WriteDeadlineModel(_folder, threshold: 0.5);

        var models = ModelSet.FromFolder(_folder);

        models.DeadlineKind.ShouldNotBeNull();
        models.DeadlineKind.ShouldBeSameAs(models.DeadlineKind);
        models.DeadlineThreshold.ShouldBe(0.5);
        models.DeadlineKind!.Predict("thực hiện thường xuyên").Kind.ShouldBe(DeadlineKind.Recurring);
        models.BlockRoles.ShouldBeNull();
        models.Warnings.ShouldContain(w => w.Contains(ModelManifest.BlockRolesFile, StringComparison.Ordinal));
    }

    [Fact]
    public void ResolveUnrecognised_ThresholdAboveConfidence_DecidesOnlyInMlMode()
    {
        TinyModels.WriteDeadlineModel(_folder, threshold: 1.01);
        var models = ModelSet.FromFolder(_folder);

        var combined = new DeadlineResolver(models, ClassifierMode.Combined).ResolveUnrecognised("hằng tháng", DeadlineContext.Unknown);
        var ml = new DeadlineResolver(models, ClassifierMode.Ml).ResolveUnrecognised("hằng tháng", DeadlineContext.Unknown);
        var rules = new DeadlineResolver(models, ClassifierMode.Rules).ResolveUnrecognised("hằng tháng", DeadlineContext.Unknown);

        combined.ShouldBeNull();
        rules.ShouldBeNull();
        ml.ShouldNotBeNull();
        ml.Value.Deadline.ShouldBe(new Deadline(DeadlineKind.Recurring, null, "hằng tháng"));
    }

    [Fact]
    public void UseClassifiers_AfterDefaultRules_SetsUpFirstAndFusesLast()
    {
        var names = new ExtractionPipelineBuilder().UseDefaultRules().UseClassifiers(ModelSet.None).Build().StepNames;

        names[0].ShouldBe("ml-setup");
        names.ShouldContain("layout");
        names.Skip(names.Count - 2).ShouldBe(["ml-deadline-kind", "ml-owner-line"]);
    }
}
