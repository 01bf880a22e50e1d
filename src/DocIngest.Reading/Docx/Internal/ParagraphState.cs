using DocIngest.Core.Documents;

namespace DocIngest.Reading.Docx.Internal;

/// <summary>The paragraph being read: its text, its style, and text-box blocks found inside it.</summary>
internal sealed class ParagraphState(ParagraphBuilder text, BlockScope scope)
{
    public ParagraphBuilder Text { get; } = text;

    /// <summary>The container the paragraph belongs to; text boxes take the next positions in it.</summary>
    public BlockScope Scope { get; } = scope;

    public ParagraphStyle? Style { get; set; }

    /// <summary>Blocks of text boxes anchored in this paragraph, placed right after it.</summary>
    public List<Block>? TextBoxes { get; set; }
}
