using DocIngest.Core.Documents;
using Microsoft.ML;

namespace DocIngest.Extraction.Ml;

/// <summary>
/// The trained block-role classifier. Each block is classified on its own features (the previous
/// block enters as its shape, not its role), so a caller pays only for the blocks it asks about. Thread-safe.
/// </summary>
public sealed class BlockRoleModel
{
    private readonly EnginePool<BlockRoleInput, ClassPrediction> _engines;

    internal BlockRoleModel(MLContext context, ITransformer model) => _engines = new(context, model);

    /// <summary>The role and confidence of every block of <see cref="BlockFeatures.Enumerate"/>, in order.</summary>
    public IReadOnlyList<(BlockRole Role, double Confidence)> Predict(DocumentModel document) => Predict(BlockFeatures.Enumerate(document));

    public IReadOnlyList<(BlockRole Role, double Confidence)> Predict(IReadOnlyList<BlockSample> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        return blocks.Select(Predict).ToList();
    }

    /// <summary>The role and confidence of one block.</summary>
    public (BlockRole Role, double Confidence) Predict(BlockSample block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var prediction = _engines.Predict(block.Input);
        var role = Enum.TryParse<BlockRole>(prediction.PredictedLabel, out var parsed) ? parsed : BlockRole.Other;
        return (role, prediction.Confidence);
    }
}
