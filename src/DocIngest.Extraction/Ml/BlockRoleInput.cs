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

    /// <summary>
    /// The shape of the block before it (label kind, bold, part). Not its predicted role: that
    /// would make classifying one block cost classifying every block before it.
    /// </summary>
    public string Previous { get; set; } = string.Empty;

    [VectorType(BlockFeatures.NumericCount)]
    public float[] Numeric { get; set; } = new float[BlockFeatures.NumericCount];

    /// <summary>A copy labelled with <paramref name="role"/>, as a training row.</summary>
    public BlockRoleInput WithLabel(BlockRole role) => new()
    {
        Label = role.ToString(),
        Text = Text,
        Folded = Folded,
        Header = Header,
        LabelKind = LabelKind,
        Part = Part,
        Numeric = Numeric,
        Previous = Previous,
    };
}
