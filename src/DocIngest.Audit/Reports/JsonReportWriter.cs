using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using DocIngest.Audit.Comparison;
using DocIngest.Audit.Scoring;
using DocIngest.Core.Plans;

namespace DocIngest.Audit.Reports;

/// <summary>
/// report.json (<c>docingest.audit/1</c>): the metrics by their catalogue names, per-document
/// metrics and counts, every mismatch, the failures and the corpus issues; the modes side by side,
/// the documents the candidate mode changed and the decisions by source (see <see cref="ModeComparison"/>).
/// </summary>
public static class JsonReportWriter
{
    public const string SchemaId = "docingest.audit/1";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    /// <summary>The report of one run; "modes" holds only its mode.</summary>
    public static string Write(AuditResult result) => Write(result, null);

    /// <summary>The report of <paramref name="result"/>, the primary run of <paramref name="comparison"/> (null: only this mode ran).</summary>
    public static string Write(AuditResult result, ModeComparison? comparison)
    {
        ArgumentNullException.ThrowIfNull(result);
        comparison ??= ModeComparison.Build(result, []);
        var score = result.Score;
        var corpusDocuments = result.Documents.ToDictionary(d => d.Name, StringComparer.Ordinal);
        var documents = new JsonArray();
        foreach (var document in score.Documents)
        {
            corpusDocuments.TryGetValue(document.Name, out var corpusDocument);
            documents.Add(new JsonObject
            {
                ["name"] = document.Name,
                ["split"] = corpusDocument?.Split,
                ["classes"] = new JsonArray(corpusDocument?.Classes.Select(c => (JsonNode?)c).ToArray() ?? []),
                ["failed"] = document.Failed,
                ["error"] = document.Error,
                ["metrics"] = Metrics(new CorpusScore(document.Sheet, [document])),
                ["counts"] = JsonSerializer.SerializeToNode(document.Sheet, Options),
                ["mismatches"] = new JsonArray(document.Mismatches.Select(Mismatch).ToArray()),
                ["model_decisions"] = ComparisonJson.Decisions(document.ModelDecisions),
            });
        }

        var root = new JsonObject
        {
            ["schema"] = SchemaId,
            ["split"] = result.Split,
            ["mode"] = result.Mode,
            ["corpus"] = result.CorpusRoot,
            ["metrics"] = Metrics(score),
            ["counts"] = JsonSerializer.SerializeToNode(score.Totals, Options),
            ["failures"] = new JsonArray(score.Failures
                .Select(f => (JsonNode?)new JsonObject { ["name"] = f.Name, ["error"] = f.Error }).ToArray()),
            ["corpus_issues"] = new JsonArray(result.CorpusIssues.Select(i => (JsonNode?)new JsonObject
            {
                ["level"] = i.IsWarning ? "warning" : "error",
                ["file"] = i.File,
                ["line"] = i.Line,
                ["message"] = i.Message,
            }).ToArray()),
            ["classes"] = Classes(result),
            ["modes"] = ComparisonJson.Modes(comparison),
            ["comparison"] = ComparisonJson.Summary(comparison),
            ["changed_documents"] = ComparisonJson.Changes(comparison),
            ["decisions_by_source"] = ComparisonJson.Sources(comparison),
            ["documents"] = documents,
        };
        return root.ToJsonString(Options) + "\n";
    }

    private static JsonObject Classes(AuditResult result)
    {
        var classes = new JsonObject();
        foreach (var (name, score) in ClassBreakdown.Compute(result).OrderBy(c => c.Class, StringComparer.Ordinal))
        {
            classes[name] = Metrics(score);
        }

        return classes;
    }

    internal static JsonObject Metrics(CorpusScore score)
    {
        var metrics = new JsonObject();
        foreach (var (name, value) in score.Metrics())
        {
            metrics[name] = Math.Round(value, 6);
        }

        return metrics;
    }

    internal static JsonNode? Mismatch(Mismatch mismatch) => new JsonObject
    {
        ["field"] = mismatch.Field,
        ["gold"] = mismatch.Gold,
        ["predicted"] = mismatch.Predicted,
        ["context"] = mismatch.Context,
        ["evidence"] = Evidence(mismatch.Evidence),
    };

    private static JsonObject? Evidence(Evidence? evidence) => evidence is null
        ? null
        : new JsonObject { ["block"] = evidence.Block, ["rule"] = evidence.Rule, ["confidence"] = evidence.Confidence };
}
