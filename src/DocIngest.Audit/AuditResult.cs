using DocIngest.Audit.Corpus;
using DocIngest.Audit.Scoring;

namespace DocIngest.Audit;

/// <summary>The outcome of one audit run: what was audited and how it scored.</summary>
/// <param name="Split">The split audited (train, dev, test or all).</param>
/// <param name="CorpusRoot">Full path of the corpus folder.</param>
/// <param name="Documents">The corpus documents audited, in the same order as <c>Score.Documents</c>.</param>
/// <param name="Score">Totals and per-document scores (document names are corpus-relative paths).</param>
/// <param name="CorpusIssues">Problems met while loading the corpus.</param>
public sealed record AuditResult(
    string Split,
    string CorpusRoot,
    IReadOnlyList<CorpusDocument> Documents,
    CorpusScore Score,
    IReadOnlyList<CorpusIssue> CorpusIssues)
{
    /// <summary>Which deciders extracted (rules, ml or combined), as the CLI names them.</summary>
    public string Mode { get; init; } = "rules";
}
