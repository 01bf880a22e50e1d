using DocIngest.Core.Documents;

namespace DocIngest.Extraction.Ml;

/// <summary>A block of a document with its model features.</summary>
/// <param name="Paragraph">The paragraph (a body paragraph, a table-cell paragraph or a note paragraph).</param>
/// <param name="Text">The text without its list label, line breaks as spaces.</param>
/// <param name="Input">The features; <see cref="BlockRoleInput.Label"/> is empty (training rows get it from <see cref="BlockRoleInput.WithLabel"/>).</param>
public sealed record BlockSample(ParagraphBlock Paragraph, string Text, BlockRoleInput Input)
{
    public string Position => Paragraph.Position.ToString();
}
