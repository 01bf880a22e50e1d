using BenchmarkDotNet.Attributes;
using DocIngest.Core.Documents;
using DocIngest.Reading;
using DocIngest.Reading.Markdown;

namespace DocIngest.Benchmarks;

/// <summary>
/// Reading the seed plan as it was received (PDF-export text with page-break notes) into the
/// document model: Markdig parsing, label detection, note moving and sentence rejoining.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class ReadMarkdownBenchmark
{
    private readonly MarkdownDocumentReader _reader = new(ReaderOptions.Default);
    private byte[] _bytes = [];

    [GlobalSetup]
    public void Setup()
    {
        _bytes = BenchmarkData.Load(BenchmarkData.SeedText);
        if (_reader.Read(new MemoryStream(_bytes, writable: false), BenchmarkData.SeedText).Notes.Count != 5)
        {
            throw new InvalidOperationException("The seed text did not read to its five notes.");
        }
    }

    [Benchmark]
    public DocumentModel Read() => _reader.Read(new MemoryStream(_bytes, writable: false), BenchmarkData.SeedText);
}
