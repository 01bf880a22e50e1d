using System.Text;
using DocIngest.Core.Plans;
using DocIngest.Reading;
using DocIngest.Reading.Markdown;

namespace DocIngest.Extraction.Tests.Structure;

/// <summary>Extracts a small hand-written Markdown plan, so a structure rule can be checked on a few lines.</summary>
internal static class PlanText
{
    public static PlanRecord Extract(string markdown)
    {
        var reader = new MarkdownDocumentReader(new ReaderOptions());
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(markdown));
        var model = reader.Read(stream, "plan.md");
        return ExtractionPipeline.CreateDefault().Extract(model);
    }

    public static IReadOnlyList<PlanTask> Tasks(this PlanRecord record) => record.Groups.SelectMany(g => g.Tasks).ToList();
}
