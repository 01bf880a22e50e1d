using DocIngest.Audit;
using DocIngest.Audit.Comparison;
using DocIngest.Extraction.Ml.Training;

namespace DocIngest.Cli.Training;

/// <summary>Everything a training run measured, for the console and the model card.</summary>
internal sealed record TrainingOutcome
{
    public required string Command { get; init; }

    public required int Seed { get; init; }

    public required IReadOnlyDictionary<string, (int Documents, int Blocks, int DeadlineRows, int Unaligned)> Sizes { get; init; }

    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> DeadlineLabelCounts { get; init; }

    public required ClassReport BlockDev { get; init; }

    public required ClassReport BlockTest { get; init; }

    public required ClassReport DeadlineDev { get; init; }

    public required ClassReport DeadlineTest { get; init; }

    public required double DevRulesStrictF1 { get; init; }

    /// <summary>Each fusion's sweep on dev, in the order tuned.</summary>
    public required IReadOnlyList<FusionTuning> Fusions { get; init; }

    public required AuditResult TestRules { get; init; }

    public required AuditResult TestCombined { get; init; }

    public required AuditResult TestMl { get; init; }

    /// <summary>Test documents whose score changed, with the decisions the classifier made in them.</summary>
    public required IReadOnlyList<DocumentChange> Changed { get; init; }

    public required IReadOnlyList<string> UnalignedExamples { get; init; }

    public required IReadOnlyList<string> Problems { get; init; }

    public required TimeSpan ReadTime { get; init; }

    public required TimeSpan FitTime { get; init; }

    public required TimeSpan TotalTime { get; init; }
}
