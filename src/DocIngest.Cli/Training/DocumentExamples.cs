using DocIngest.Audit.Corpus;
using DocIngest.Extraction.Ml;

namespace DocIngest.Cli.Training;

/// <summary>One corpus document turned into training rows: its blocks with aligned roles, and its deadline phrases.</summary>
internal sealed record DocumentExamples(
    CorpusDocument Document,
    IReadOnlyList<BlockSample> Blocks,
    BlockAlignment Alignment,
    IReadOnlyList<DeadlineKindInput> Deadlines)
{
    /// <summary>Block rows with the gold role as label.</summary>
    public IEnumerable<BlockRoleInput> BlockRows() => Blocks.Select((block, i) => block.Input.WithLabel(Alignment.Roles[i]));
}
