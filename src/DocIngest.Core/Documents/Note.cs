namespace DocIngest.Core.Documents;

/// <summary>A footnote or endnote with its own paragraphs (its mark is not part of the text).</summary>
/// <param name="Kind">Footnote or endnote.</param>
/// <param name="Id">The id its references use.</param>
/// <param name="Mark">The mark as printed ("1", "²", "*"), when known.</param>
/// <param name="Paragraphs">The note's paragraphs.</param>
public sealed record Note(NoteKind Kind, string Id, string? Mark, IReadOnlyList<ParagraphBlock> Paragraphs)
{
    /// <summary>The note's paragraphs joined with a newline.</summary>
    public string Text => string.Join('\n', Paragraphs.Select(p => p.DisplayText));
}
