using DocIngest.Core.Documents;

namespace DocIngest.Extraction.Layout;

/// <summary>Where a line sits in the page layout; header and closing tables are read apart from the body.</summary>
internal enum LineRegion
{
    Body,
    HeaderTable,
    ClosingTable,
    OtherTable,
}

/// <summary>
/// One paragraph as the rules see it: its printed label split from the text (whether Word
/// numbered it or the author typed it), the paragraph for formatting and notes, and where it sits.
/// </summary>
internal sealed record Line(int Index, ParagraphBlock Paragraph, string? Label, LabelKind LabelKind, string Text, LineRegion Region)
{
    /// <summary>The diacritic-free lower-case key of <see cref="Text"/>, for cue matching.</summary>
    public string Folded { get; } = Core.Text.VietnameseText.FoldKey(Text);

    public string Evidence => Paragraph.Position.ToString();

    public bool IsBold => Paragraph.BoldShare >= 0.6;

    /// <summary>True for a line with no letters or digits (rules "-----", a lone "*").</summary>
    public bool IsDecoration => !Text.Any(char.IsLetterOrDigit);
}
