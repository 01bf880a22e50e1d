using DocIngest.Core.Documents;

namespace DocIngest.Reading.Docx.Internal;

/// <summary>
/// The marks notes print with: numbered in the order their references appear (footnotes and
/// endnotes separately, in the format settings.xml gives), or a custom mark written after the reference.
/// </summary>
internal sealed class NoteMarks(NoteNumbering footnotes, NoteNumbering endnotes)
{
    private readonly Dictionary<(NoteKind, string), string> _marks = [];
    private int _footnoteCount;
    private int _endnoteCount;

    public void Numbered(NoteKind kind, string id)
    {
        if (_marks.ContainsKey((kind, id)))
        {
            return;
        }

        var numbering = kind == NoteKind.Footnote ? footnotes : endnotes;
        var ordinal = kind == NoteKind.Footnote ? _footnoteCount++ : _endnoteCount++;
        _marks[(kind, id)] = NumberFormatter.Format(numbering.Start + ordinal, numbering.Format);
    }

    public void Custom(NoteKind kind, string id, string mark) => _marks[(kind, id)] = mark;

    public string? MarkOf(NoteKind kind, string id) => _marks.GetValueOrDefault((kind, id));
}
