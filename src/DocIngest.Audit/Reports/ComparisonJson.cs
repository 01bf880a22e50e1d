using System.Text.Json.Nodes;
using DocIngest.Audit.Comparison;
using DocIngest.Audit.Scoring;

namespace DocIngest.Audit.Reports;

/// <summary>The report.json members of a <see cref="ModeComparison"/>.</summary>
internal static class ComparisonJson
{
    /// <summary>"modes": every catalogue metric (and the document-field mean) per mode that ran.</summary>
    public static JsonObject Modes(ModeComparison comparison)
    {
        var modes = new JsonObject();
        foreach (var run in comparison.Runs)
        {
            var metrics = JsonReportWriter.Metrics(run.Score);
            metrics[ModeComparison.DocFieldsMean] = Math.Round(ModeComparison.Metric(run.Score, ModeComparison.DocFieldsMean), 6);
            modes[run.Mode] = metrics;
        }

        return modes;
    }

    public static JsonObject Summary(ModeComparison comparison) => new()
    {
        ["primary"] = comparison.Primary.Mode,
        ["baseline"] = comparison.Baseline,
        ["candidate"] = comparison.Candidate,
        ["note"] = comparison.Compared ? null : ComparisonMarkdown.SingleModeText(comparison),
    };

    public static JsonArray Changes(ModeComparison comparison) => new(comparison.ChangedDocuments.Select(change =>
    {
        var before = new JsonObject();
        var after = new JsonObject();
        foreach (var (name, value) in DocumentChange.Figures)
        {
            before[name] = Math.Round(value(change.Before.Sheet), 6);
            after[name] = Math.Round(value(change.After.Sheet), 6);
        }

        return (JsonNode?)new JsonObject
        {
            ["name"] = change.Name,
            ["before"] = before,
            ["after"] = after,
            ["record_changed"] = change.RecordChanged,
            ["fixed"] = new JsonArray(change.Fixed.Select(JsonReportWriter.Mismatch).ToArray()),
            ["introduced"] = new JsonArray(change.Introduced.Select(JsonReportWriter.Mismatch).ToArray()),
            ["model_decisions"] = Decisions(change.Decisions),
        };
    }).ToArray());

    public static JsonArray Decisions(IEnumerable<ModelDecision> decisions) => new(decisions.Select(d => (JsonNode?)new JsonObject
    {
        ["item"] = d.Item,
        ["text"] = d.Text,
        ["decision"] = d.Name,
        ["rule"] = d.Rule,
        ["block"] = d.Block,
        ["confidence"] = d.Confidence,
    }).ToArray());

    public static JsonArray Sources(ModeComparison comparison) => new(comparison.DecisionsBySource.Select(s => (JsonNode?)new JsonObject
    {
        ["source"] = s.Source,
        ["tasks"] = s.Tasks,
        ["groups"] = s.Groups,
        ["mean_confidence"] = Math.Round(s.MeanConfidence, 6),
        ["min_confidence"] = Math.Round(s.MinConfidence, 6),
    }).ToArray());
}
