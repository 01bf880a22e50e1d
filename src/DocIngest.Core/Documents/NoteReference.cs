namespace DocIngest.Core.Documents;

/// <summary>The kind of a note.</summary>
public enum NoteKind
{
    Footnote,
    Endnote,
}

/// <summary>
/// A footnote or endnote mark inside a paragraph. The mark itself is not part of the paragraph's
/// text; <see cref="Offset"/> says where it stood, so "Đề án³" reads "Đề án" with a reference at 5.
/// </summary>
/// <param name="Kind">Footnote or endnote.</param>
/// <param name="NoteId">Id of the note in <see cref="DocumentModel.Notes"/>.</param>
/// <param name="Offset">Offset in the paragraph text where the mark stood.</param>
public readonly record struct NoteReference(NoteKind Kind, string NoteId, int Offset);
