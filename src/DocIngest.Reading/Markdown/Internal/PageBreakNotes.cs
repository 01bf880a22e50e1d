using System.Collections.Frozen;
using DocIngest.Core.Documents;

namespace DocIngest.Reading.Markdown.Internal;

/// <summary>
/// Undoes what a PDF-to-text export does to footnotes: the notes ("¹ Việc tham mưu …") stand in
/// the body where a page ended, often in the middle of a sentence, and the marks are superscript
/// digits glued to words. Moves the notes to <see cref="DocumentModel.Notes"/>, turns the marks into
/// <see cref="NoteReference"/>s, drops lone page numbers and joins the sentence the page break cut.
/// </summary>
internal static class PageBreakNotes
{
    private const int MaxMarkDigits = 3;

    // Superscripts after these are units (m², km³), not note marks.
    private static readonly FrozenSet<string> Units = new[] { "m", "cm", "dm", "mm", "km", "ha" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Processes <paramref name="body"/> in place; new notes are added to <paramref name="notes"/>.</summary>
    public static void Apply(List<Block> body, List<Note> notes)
    {
        var ids = new HashSet<string>(notes.Select(n => n.Id), StringComparer.Ordinal);
        var output = new List<Block>(body.Count);
        var removedSince = false;
        for (var i = 0; i < body.Count; i++)
        {
            var block = body[i];
            if (block is ParagraphBlock paragraph && TryReadNote(paragraph, ids) is { } note)
            {
                notes.Add(note);
                ids.Add(note.Id);
                removedSince = true;
                continue;
            }

            if (block is ParagraphBlock pageNumber && IsPageNumber(pageNumber))
            {
                removedSince = true;
                continue;
            }

            if (removedSince && output.Count > 0 && output[^1] is ParagraphBlock before &&
                block is ParagraphBlock after && Continues(before, after))
            {
                output[^1] = ParagraphEdit.Join(before, Separator(before.Text), after);
            }
            else
            {
                output.Add(block);
            }

            removedSince = false;
        }

        body.Clear();
        for (var i = 0; i < output.Count; i++)
        {
            body.Add(DocumentAssembler.MapParagraphs(output[i], p => MarksToReferences(p, ids)));
        }
    }

    /// <summary>A paragraph that starts with a superscript number and text is a note, unless its number is taken.</summary>
    private static Note? TryReadNote(ParagraphBlock paragraph, HashSet<string> ids)
    {
        if (paragraph.ListLabel is not null || paragraph.HeadingLevel is not null)
        {
            return null;
        }

        var length = SuperscriptDigits.RunLength(paragraph.Text, 0);
        if (length is 0 or > MaxMarkDigits || length == paragraph.Text.Length)
        {
            return null;
        }

        var mark = paragraph.Text[..length];
        var id = SuperscriptDigits.ToNumber(mark);
        if (ids.Contains(id))
        {
            return null;
        }

        var text = ParagraphEdit.Trim(ParagraphEdit.Slice(paragraph, length, paragraph.Text.Length));
        if (text.Text.Length == 0)
        {
            return null;
        }

        var noteParagraph = text with { Position = new BlockPosition(DocumentPart.Footnote, 0, id), ListLevel = null };
        return new Note(NoteKind.Footnote, id, mark, [MarksToReferences(noteParagraph, ids)]);
    }

    /// <summary>"12" alone, or "- 12 -" (read as a "-" item with text "12 -").</summary>
    private static bool IsPageNumber(ParagraphBlock paragraph)
    {
        if (paragraph.HeadingLevel is not null)
        {
            return false;
        }

        var text = paragraph.Text.AsSpan();
        if (paragraph.ListLabel == "-" && text.EndsWith("-"))
        {
            text = text[..^1].TrimEnd();
        }
        else if (paragraph.ListLabel is not null)
        {
            return false;
        }

        return text.Length is > 0 and <= 4 && !text.ContainsAnyExcept("0123456789");
    }

    /// <summary>
    /// The paragraph after a removed note reads on from the one before: that one does not end a
    /// sentence, and this one starts in lower case or finishes a word cut after a hyphen ("35-" / "NQ/TW").
    /// </summary>
    private static bool Continues(ParagraphBlock before, ParagraphBlock after)
    {
        if (before.HeadingLevel is not null || after.HeadingLevel is not null || after.ListLabel is not null ||
            after.Text.Length == 0 || LineBreakPolicy.EndsSentence(before.Text))
        {
            return false;
        }

        return char.IsLower(after.Text[0]) || EndsWithGluedHyphen(before.Text);
    }

    private static string Separator(string before) => EndsWithGluedHyphen(before) ? string.Empty : " ";

    private static bool EndsWithGluedHyphen(string text) =>
        text.Length >= 2 && text[^1] == '-' && !char.IsWhiteSpace(text[^2]);

    /// <summary>Removes the superscript marks of known notes from the text, leaving references at their offsets.</summary>
    private static ParagraphBlock MarksToReferences(ParagraphBlock paragraph, HashSet<string> ids)
    {
        var result = paragraph;
        var i = 0;
        while ((i = SuperscriptDigits.IndexOf(result.Text, i)) >= 0)
        {
            var length = SuperscriptDigits.RunLength(result.Text, i);

            var id = SuperscriptDigits.ToNumber(result.Text.AsSpan(i, length));
            if (length > MaxMarkDigits || !ids.Contains(id) || FollowsUnit(result.Text, i))
            {
                i += length;
                continue;
            }

            result = ParagraphEdit.Remove(result, i, length);
            var references = result.NoteReferences.Append(new NoteReference(NoteKind.Footnote, id, i))
                .OrderBy(r => r.Offset).ToList();
            result = result with { NoteReferences = references };
        }

        return result;
    }

    private static bool FollowsUnit(string text, int markStart)
    {
        var start = markStart;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return start < markStart && (start == 0 || !char.IsLetterOrDigit(text[start - 1])) &&
               Units.Contains(text[start..markStart]);
    }
}
