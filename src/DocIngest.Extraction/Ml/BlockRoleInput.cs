using Microsoft.ML.Data;

namespace DocIngest.Extraction.Ml;

/// <summary>One block as the block-role classifier sees it. Public because ML.NET binds columns by reflection.</summary>
public sealed class BlockRoleInput
{
    /// <summary>A <see cref="BlockRole"/> name; empty at prediction time.</summary>
    public string Label { get; set; } = string.Empty;

    /// <summary>The block's text without its list label, NFC, lower case.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>The same without diacritics.</summary>
    public string Folded { get; set; } = string.Empty;

    /// <summary>The folded header of the table column the cell stands in; empty outside tables.</summary>
    public string Header { get; set; } = string.Empty;

    /// <summary>The list label's shape (<c>Roman</c>, <c>Decimal</c>, <c>Dash</c> …).</summary>
    public string LabelKind { get; set; } = string.Empty;

    /// <summary>body, cell or note.</summary>
    public string Part { get; set; } = string.Empty;

    /// <summary>The role of the block before it (gold when training, predicted when predicting).</summary>
    public string PrevRole { get; set; } = string.Empty;

    [VectorType(BlockFeatures.NumericCount)]
    public float[] Numeric { get; set; } = new float[BlockFeatures.NumericCount];

    /// <summary>A copy with <see cref="PrevRole"/> set; the decoder and the training rows fill it differently.</summary>
    public BlockRoleInput WithPrevious(BlockRole previous) => new()
    {
        Label = Label,
        Text = Text,
        Folded = Folded,
        Header = Header,
        LabelKind = LabelKind,
        Part = Part,
        Numeric = Numeric,
        PrevRole = previous.ToString(),
    };
}
