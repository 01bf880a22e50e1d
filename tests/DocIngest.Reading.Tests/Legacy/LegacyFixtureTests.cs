using System.Text;

namespace DocIngest.Reading.Tests.Legacy;

public sealed class LegacyFixtureTests
{
    public static TheoryData<string> DocumentSources()
    {
        var data = new TheoryData<string>();
        foreach (var (source, _) in LegacyFixtureFiles.Documents())
        {
            data.Add(Path.GetFileName(source));
        }

        return data;
    }

    [Fact]
    public void PlanFixture_ExpectedText_MatchesItsSource()
    {
        var expected = ReadLines(LegacyFixtureFiles.PlanExpected);
        var source = LegacySourceParser.Parse(File.ReadAllText(LegacyFixtureFiles.PlanSource));

        source.Select(p => p.Text).ShouldBe(expected);
    }

    [Fact]
    public void PlanFixture_CommittedDocx_DecodesToExpectedText()
    {
        var expected = ReadLines(LegacyFixtureFiles.PlanExpected);
        using var stream = File.OpenRead(LegacyFixtureFiles.PlanDocx);

        LegacyDocxText.DecodedParagraphs(stream).ShouldBe(expected);
    }

    [Fact]
    public void PlanFixture_CommittedDocx_MixesLegacyAndUnicodeFonts()
    {
        using var stream = File.OpenRead(LegacyFixtureFiles.PlanDocx);
        var runs = LegacyDocxText.Paragraphs(stream).SelectMany(p => p).ToList();

        runs.Select(r => r.Font).Distinct().Order(StringComparer.Ordinal)
            .ShouldBe([".VnTime", ".VnTimeH", "Times New Roman", "VNI-Times"]);
        runs.ShouldContain(r => r.Font == ".VnTime" && r.Text.StartsWith("1. Kh¾c phôc kÞp thêi", StringComparison.Ordinal));
        runs.ShouldContain(r => r.Font == "VNI-Times" && r.Text == "(hoaøn thaønh trong Quyù II/2026).");
        runs.ShouldContain(r => r.Font == ".VnTimeH" && r.Text == "kÕ ho¹ch");
    }

    [Theory]
    [MemberData(nameof(DocumentSources))]
    public void Generator_Source_BuildsDocumentThatDecodesBack(string sourceName)
    {
        var (source, docx) = LegacyFixtureFiles.Documents().Single(d => Path.GetFileName(d.Source) == sourceName);
        var paragraphs = LegacySourceParser.Parse(File.ReadAllText(source));
        using var stream = new MemoryStream();
        LegacyDocxBuilder.Write(stream, paragraphs);
        if (Environment.GetEnvironmentVariable(LegacyFixtureFiles.WriteVariable) == "1")
        {
            File.WriteAllBytes(docx, stream.ToArray());
        }

        stream.Position = 0;
        LegacyDocxText.DecodedParagraphs(stream).ShouldBe(paragraphs.Select(p => p.Text));
    }

    [Theory]
    [MemberData(nameof(DocumentSources))]
    public void CommittedDocx_DecodesToItsSource(string sourceName)
    {
        var (source, docx) = LegacyFixtureFiles.Documents().Single(d => Path.GetFileName(d.Source) == sourceName);
        var expected = LegacySourceParser.Parse(File.ReadAllText(source)).Select(p => p.Text).ToList();
        using var stream = File.OpenRead(docx);

        var decoded = LegacyDocxText.DecodedParagraphs(stream);

        decoded.ShouldBe(expected);
        decoded.ShouldAllBe(p => p.IsNormalized(NormalizationForm.FormC));
    }

    private static List<string> ReadLines(string path) =>
        File.ReadAllLines(path).Where(l => !string.IsNullOrWhiteSpace(l)).ToList();
}
