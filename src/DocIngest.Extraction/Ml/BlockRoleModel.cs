using DocIngest.Core.Documents;
using Microsoft.ML;

namespace DocIngest.Extraction.Ml;

/// <summary>The trained block-role classifier. Decodes a document left to right, feeding each prediction to the next block. Thread-safe.</summary>
public sealed class BlockRoleModel
{
    private readonly EnginePool<BlockRoleInput, ClassPrediction> _engines;

    internal BlockRoleModel(MLContext context, ITransformer model) => _engines = new(context, model);

    /// <summary>The role and confidence of every block of <see cref="BlockFeatures.Enumerate"/>, in order.</summary>
    public IReadOnlyList<(BlockRole Role, double Confidence)> Predict(DocumentModel document) => Predict(BlockFeatures.Enumerate(document));

    public IReadOnlyList<(BlockRole Role, double Confidence)> Predict(IReadOnlyList<BlockSample> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var result = new List<(BlockRole, double)>(blocks.Count);
        var previous = BlockRole.Other;
        foreach (var block in blocks)
        {
            var input = block.Input.WithPrevious(previous);
            var prediction = _engines.Predict(input);
            var role = Enum.TryParse<BlockRole>(prediction.PredictedLabel, out var parsed) ? parsed : BlockRole.Other;
            result.Add((role, prediction.Confidence));
            previous = role;
        }

        return result;
    }
}
