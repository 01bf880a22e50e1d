using BenchmarkDotNet.Attributes;
using DocIngest.Core.Documents;
using DocIngest.Core.Plans;
using DocIngest.Extraction;
using DocIngest.Reading;
using DocIngest.Reading.Docx;

namespace DocIngest.Benchmarks;

/// <summary>The whole path from .docx bytes to a plan record, and extraction alone over a model read once.</summary>
[MemoryDiagnoser]
[MedianColumn]
public class ExtractBenchmark
{
    // Not sealed: BenchmarkDotNet refuses sealed benchmark classes.
    private readonly DocxDocumentReader _reader = new(ReaderOptions.Default);
    private readonly ExtractionPipeline _pipeline = ExtractionPipeline.CreateDefault();
    private byte[] _bytes = [];
    private DocumentModel? _model;

    [GlobalSetup]
    public void Setup()
    {
        _bytes = BenchmarkData.Load(BenchmarkData.SeedPlan);
        _model = _reader.Read(new MemoryStream(_bytes, writable: false), BenchmarkData.SeedPlan);
    }

    [Benchmark(Baseline = true)]
    public PlanRecord ReadAndExtract() =>
        _pipeline.Extract(_reader.Read(new MemoryStream(_bytes, writable: false), BenchmarkData.SeedPlan));

    [Benchmark]
    public PlanRecord ExtractOnly() => _pipeline.Extract(_model!);
}
