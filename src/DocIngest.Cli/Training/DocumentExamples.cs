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
    /// <summary>Block rows with the gold role as label and the previous block's gold role as a feature.</summary>
    public IEnumerable<BlockRoleInput> BlockRows()
    {
        var previous = BlockRole.Other;
        for (var i = 0; i < Blocks.Count; i++)
        {
            var row = Blocks[i].Input.WithPrevious(previous);
            row.Label = Alignment.Roles[i].ToString();
            previous = Alignment.Roles[i];
            yield return row;
        }
    }
}
