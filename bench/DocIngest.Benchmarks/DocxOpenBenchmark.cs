using System.IO.Packaging;
using BenchmarkDotNet.Attributes;
using DocIngest.Reading;
using DocIngest.Reading.Packaging;
using DocumentFormat.OpenXml.Packaging;

namespace DocIngest.Benchmarks;

/// <summary>
/// The stages before any part is walked, for the seed plan: the byte-level guard, and opening the
/// package with the SDK the way the reader does (over a Package it opens itself) against the SDK's
/// Stream overload, which the reader avoids because it measured many times slower.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DocxOpenBenchmark
{
    // Not sealed: BenchmarkDotNet refuses sealed benchmark classes.
    private byte[] _bytes = [];

    [GlobalSetup]
    public void Setup() => _bytes = BenchmarkData.Load(BenchmarkData.SeedPlan);

    [Benchmark]
    public byte[] Guard() => new PackageGuard(ReaderOptions.Default, BenchmarkData.SeedPlan).Check(new MemoryStream(_bytes, writable: false), CancellationToken.None);

    [Benchmark(Baseline = true)]
    public int OpenAsReader()
    {
        using var package = WordPackageOpener.Open(_bytes, BenchmarkData.SeedPlan, ReaderOptions.Default);
        return package.Main.Parts.Count();
    }

    [Benchmark]
    public int OpenPackageOnly()
    {
        using var package = Package.Open(new MemoryStream(_bytes, writable: false), FileMode.Open, FileAccess.Read);
        return package.GetRelationships().Count();
    }

    [Benchmark]
    public int OpenWithSdkStreamOverload()
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(_bytes, writable: false), false, new OpenSettings { AutoSave = false });
        return document.MainDocumentPart!.Parts.Count();
    }
}
