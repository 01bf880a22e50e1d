using BenchmarkDotNet.Attributes;
using DocIngest.Core.Documents;
using DocIngest.Reading;
using DocIngest.Reading.Docx;

namespace DocIngest.Benchmarks;

/// <summary>
/// Reading a .docx into the document model, from a MemoryStream over bytes loaded once, so disk
/// I/O is not measured. Target: median ≤ 1.5 ms and ≤ 2 MB allocated for the three-page plan.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ReadDocxBenchmark
{
    // Not sealed: BenchmarkDotNet refuses sealed benchmark classes.
    private readonly DocxDocumentReader _reader = new(ReaderOptions.Default);
    private byte[] _bytes = [];

    [Params(BenchmarkData.SeedPlan, BenchmarkData.PandocFixture)]
    public string File { get; set; } = BenchmarkData.SeedPlan;

    [GlobalSetup]
    public void Setup()
    {
        _bytes = BenchmarkData.Load(File);

        // A benchmark of an exception path would measure nothing useful: fail fast on a bad input file.
        if (_reader.Read(new MemoryStream(_bytes, writable: false), File).Body.Count == 0)
        {
            throw new InvalidOperationException($"{File} read as an empty document.");
        }
    }

    [Benchmark]
    public DocumentModel Read() => _reader.Read(new MemoryStream(_bytes, writable: false), File);
}
