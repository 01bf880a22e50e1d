using System.Text;
using DocIngest.Core.Documents;

namespace DocIngest.Reading.Docx.Internal;

/// <summary>
/// Collects one paragraph's text, formatting runs and note marks as the XML is walked. Text is
/// normalised to NFC piece by piece so offsets stay right.
/// </summary>
internal sealed class ParagraphBuilder(int maxChars)
{
    private readonly StringBuilder _text = new();
    private readonly List<TextRun> _runs = [];
    private readonly List<NoteReference> _notes = [];
    private bool _dropLeadingSpace;

    /// <summary>True once the paragraph grew past the limit (the caller throws).</summary>
    public bool TooLong => _text.Length > maxChars;

    /// <summary>After a note's own mark, the space Word puts before the note text is not text.</summary>
    public void DropLeadingSpace() => _dropLeadingSpace = _text.Length == 0;

    public void Append(string text, RunFormatting formatting)
    {
        if (_dropLeadingSpace)
        {
            text = text.TrimStart();
            if (text.Length == 0)
            {
                return;
            }

            _dropLeadingSpace = false;
        }

        if (text.Length == 0)
        {
            return;
        }

        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            text = text.Normalize(NormalizationForm.FormC);
        }

        var start = _text.Length;
        _text.Append(text);
        if (_runs.Count > 0 && _runs[^1].Formatting == formatting && _runs[^1].End == start)
        {
            _runs[^1] = _runs[^1] with { Length = _runs[^1].Length + text.Length };
        }
        else
        {
            _runs.Add(new TextRun(start, text.Length, formatting));
        }
    }

    public void Append(char c, RunFormatting formatting)
    {
        if (_dropLeadingSpace && char.IsWhiteSpace(c))
        {
            return;
        }

        Append(c.ToString(), formatting);
    }

    public void AddNote(NoteKind kind, string id) => _notes.Add(new NoteReference(kind, id, _text.Length));

    public ParagraphBlock Build(BlockPosition position)
    {
        var text = _text.ToString();
        IReadOnlyList<TextRun> runs = _runs.Count == 0 ? [] : _runs.ToArray();
        IReadOnlyList<NoteReference> notes = _notes.Count == 0 ? [] : _notes.ToArray();
        if (!text.IsNormalized(NormalizationForm.FormC))
        {
            // Combining marks split across runs: normalise the whole text and clamp offsets.
            text = text.Normalize(NormalizationForm.FormC);
            runs = Clamp(runs, text.Length);
            notes = notes.Select(n => n with { Offset = Math.Min(n.Offset, text.Length) }).ToArray();
        }

        return new ParagraphBlock(position, text) { Runs = runs, NoteReferences = notes };
    }

    private static TextRun[] Clamp(IReadOnlyList<TextRun> runs, int length)
    {
        var result = new List<TextRun>(runs.Count);
        foreach (var run in runs)
        {
            var start = Math.Min(run.Start, length);
            var end = Math.Min(run.End, length);
            if (end > start)
            {
                result.Add(new TextRun(start, end - start, run.Formatting));
            }
        }

        return [.. result];
    }
}
