using System.Xml;
using BenchmarkDotNet.Attributes;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace DocIngest.Benchmarks;

/// <summary>
/// Why the reader streams each SDK part through XmlReader rather than the SDK's OpenXmlReader:
/// one pass over word/document.xml of the seed plan with each, touching every element's name and
/// attributes as the walker does. The package is opened once; each pass inflates the part again.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class DocxPartWalkBenchmark
{
    // Not sealed: BenchmarkDotNet refuses sealed benchmark classes.
    private WordprocessingDocument? _document;

    [GlobalSetup]
    public void Setup() =>
        _document = WordprocessingDocument.Open(new MemoryStream(BenchmarkData.Load(BenchmarkData.SeedPlan), writable: false), false);

    [GlobalCleanup]
    public void Cleanup() => _document?.Dispose();

    [Benchmark(Baseline = true)]
    public int XmlReaderOverPartStream()
    {
        var count = 0;
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(_document!.MainDocumentPart!.GetStream(FileMode.Open, FileAccess.Read), settings);
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                count += reader.LocalName.Length + reader.AttributeCount;
            }
        }

        return count;
    }

    [Benchmark]
    public int OpenXmlReaderOverPart()
    {
        var count = 0;
        using var reader = OpenXmlReader.Create(_document!.MainDocumentPart!);
        while (reader.Read())
        {
            if (reader.IsStartElement)
            {
                count += reader.LocalName.Length + reader.Attributes.Count;
            }
        }

        return count;
    }
}
