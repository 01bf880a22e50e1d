using DocIngest.Core.Reading;
using DocIngest.Reading;

namespace DocIngest.Extraction.Tests.Acceptance;

/// <summary>
/// Extraction never throws on content: every real-world Word file and every corpus document,
/// plans or not, gives a record (or, for files that cannot be read, the reader's typed error).
/// </summary>
public sealed class RobustnessTests
{
    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        var folders = new[]
        {
            RepositoryFiles.Path("corpus"),
            RepositoryFiles.Path("tests", "DocIngest.Reading.Tests", "Fixtures"),
        };
        foreach (var file in folders.SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories))
            .Where(f => f.EndsWith(".docx", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepositoryFiles.Root, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Extract_AnyFile_GivesARecordOrATypedReadError(string relativePath)
    {
        var path = Path.Combine(RepositoryFiles.Root, relativePath);
        try
        {
            var model = DocumentReaderRegistry.CreateDefault().ReadFile(path);
            var record = ExtractionPipeline.CreateDefault().Extract(model);
            record.Source.ShouldBe(Path.GetFileName(path));
            record.Groups.SelectMany(g => g.Tasks).ShouldAllBe(t => t.Text.Length > 0);
        }
        catch (DocumentReadException error)
        {
            error.Message.ShouldStartWith(Path.GetFileName(path));
        }
    }
}
