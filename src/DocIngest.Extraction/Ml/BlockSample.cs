using DocIngest.Core.Documents;

namespace DocIngest.Extraction.Ml;

/// <summary>A block of a document with its model features except the previous role, which depends on the decoder.</summary>
/// <param name="Paragraph">The paragraph (a body paragraph, a table-cell paragraph or a note paragraph).</param>
/// <param name="Text">The text without its list label, line breaks as spaces.</param>
/// <param name="Input">The features; <see cref="BlockRoleInput.PrevRole"/> and <see cref="BlockRoleInput.Label"/> are filled later.</param>
public sealed record BlockSample(ParagraphBlock Paragraph, string Text, BlockRoleInput Input)
{
    public string Position => Paragraph.Position.ToString();
}
