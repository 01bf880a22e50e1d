using BenchmarkDotNet.Attributes;
using DocIngest.Core.Documents;
using DocIngest.Core.Plans;
using DocIngest.Extraction;
using DocIngest.Extraction.Ml;
using DocIngest.Reading;
using DocIngest.Reading.Docx;

namespace DocIngest.Benchmarks;

/// <summary>
/// Extraction of the seed plan over a model read once, rules-only against the classifier modes,
/// so the difference is what classifying costs. The models (the repository's models/, copied
/// next to the binary) are loaded and warmed in setup: loading is a once-per-process cost.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ClassifierBenchmark
{
    // Not sealed: BenchmarkDotNet refuses sealed benchmark classes.
    private readonly ExtractionPipeline _rules = ExtractionPipeline.CreateDefault();
    private ExtractionPipeline? _combined;
    private ExtractionPipeline? _ml;
    private DocumentModel? _model;

    [GlobalSetup]
    public void Setup()
    {
        var bytes = BenchmarkData.Load(BenchmarkData.SeedPlan);
        _model = new DocxDocumentReader(ReaderOptions.Default).Read(new MemoryStream(bytes, writable: false), BenchmarkData.SeedPlan);
        var models = ModelSet.FromFolder(Path.Combine(AppContext.BaseDirectory, "models"));
        if (models.DeadlineKind is null || models.BlockRoles is null)
        {
            throw new InvalidOperationException("The benchmark needs the trained models: " + string.Join(" ", models.Warnings));
        }

        _combined = new ExtractionPipelineBuilder().UseDefaultRules().UseClassifiers(models, ClassifierMode.Combined).Build();
        _ml = new ExtractionPipelineBuilder().UseDefaultRules().UseClassifiers(models, ClassifierMode.Ml).Build();
        _combined.Extract(_model);
        _ml.Extract(_model);
    }

    [Benchmark(Baseline = true)]
    public PlanRecord Rules() => _rules.Extract(_model!);

    /// <summary>What <c>docingest extract</c> runs by default.</summary>
    [Benchmark]
    public PlanRecord Combined() => _combined!.Extract(_model!);

    /// <summary>The classifiers consulted wherever they can be: the upper bound of their cost.</summary>
    [Benchmark]
    public PlanRecord Ml() => _ml!.Extract(_model!);
}
