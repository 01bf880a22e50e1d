using System.Text.Json;
using DocIngest.Core.Plans;
using DocIngest.Reading;
using Json.Schema;

namespace DocIngest.Extraction.Tests.Acceptance;

/// <summary>Every record the extractor writes is valid against the contract's JSON Schema.</summary>
public sealed class SchemaTests
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(RepositoryFiles.Path("docs", "contract", "plan.schema.json"));

    public static TheoryData<string> CorpusDocuments()
    {
        var data = new TheoryData<string>();
        foreach (var gold in Directory.EnumerateFiles(RepositoryFiles.Path("corpus"), "*.gold.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var stem = gold[..^".gold.json".Length];
            var document = new[] { ".docx", ".md", ".txt" }.Select(e => stem + e).FirstOrDefault(File.Exists);
            if (document is not null)
            {
                data.Add(Path.GetRelativePath(RepositoryFiles.Root, document));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusDocuments))]
    public void Extract_CorpusDocument_ValidatesAgainstTheSchema(string relativePath)
    {
        // Given
        var model = DocumentReaderRegistry.CreateDefault().ReadFile(Path.Combine(RepositoryFiles.Root, relativePath));

        // When
        var json = PlanJson.Serialize(ExtractionPipeline.CreateDefault().Extract(model));

        // Then
        using var instance = JsonDocument.Parse(json);
        var result = Schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        result.IsValid.ShouldBeTrue(string.Join("; ", errors));
    }

    [Fact]
    public void Schema_RejectsARecordWithoutGroups()
    {
        using var invalid = JsonDocument.Parse("""{"schema":"docingest.plan/1","source":"x","document":{},"sections":[]}""");

        Schema.Evaluate(invalid.RootElement).IsValid.ShouldBeFalse();
    }
}
