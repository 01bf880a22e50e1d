using DocIngest.Core.Documents;

namespace DocIngest.Reading.Markdown.Internal;

/// <summary>
/// Cuts, joins and shortens paragraphs while keeping their runs tiling the text and their note
/// references at the right offsets.
/// </summary>
internal static class ParagraphEdit
{
    /// <summary>The part of <paramref name="paragraph"/> in [start, end).</summary>
    public static ParagraphBlock Slice(ParagraphBlock paragraph, int start, int end)
    {
        var runs = new List<TextRun>();
        foreach (var run in paragraph.Runs)
        {
            var s = Math.Max(run.Start, start);
            var e = Math.Min(run.End, end);
            if (e > s)
            {
                runs.Add(new TextRun(s - start, e - s, run.Formatting));
            }
        }

        var references = paragraph.NoteReferences
            .Where(r => r.Offset >= start && r.Offset <= end)
            .Select(r => r with { Offset = r.Offset - start })
            .ToList();
        return paragraph with { Text = paragraph.Text[start..end], Runs = runs, NoteReferences = references };
    }

    /// <summary>Removes [start, start + length) from the text.</summary>
    public static ParagraphBlock Remove(ParagraphBlock paragraph, int start, int length)
    {
        var end = start + length;
        var runs = new List<TextRun>();
        foreach (var run in paragraph.Runs)
        {
            var kept = run.Length - Math.Max(0, Math.Min(run.End, end) - Math.Max(run.Start, start));
            var newStart = run.Start <= start ? run.Start : Math.Max(start, run.Start - length);
            if (kept > 0)
            {
                AppendRun(runs, new TextRun(newStart, kept, run.Formatting));
            }
        }

        var references = paragraph.NoteReferences
            .Select(r => r.Offset <= start ? r : r with { Offset = Math.Max(start, r.Offset - length) })
            .ToList();
        return paragraph with { Text = paragraph.Text.Remove(start, length), Runs = runs, NoteReferences = references };
    }

    /// <summary>
    /// <paramref name="first"/> followed by <paramref name="separator"/> and <paramref name="second"/>;
    /// the result keeps the first paragraph's label, style and level.
    /// </summary>
    public static ParagraphBlock Join(ParagraphBlock first, string separator, ParagraphBlock second)
    {
        var shift = first.Text.Length + separator.Length;
        var runs = new List<TextRun>(first.Runs);
        if (separator.Length > 0)
        {
            var formatting = first.Runs.Count > 0 ? first.Runs[^1].Formatting : RunFormatting.None;
            AppendRun(runs, new TextRun(first.Text.Length, separator.Length, formatting));
        }

        foreach (var run in second.Runs)
        {
            AppendRun(runs, run with { Start = run.Start + shift });
        }

        var references = first.NoteReferences
            .Concat(second.NoteReferences.Select(r => r with { Offset = r.Offset + shift }))
            .ToList();
        return first with { Text = first.Text + separator + second.Text, Runs = runs, NoteReferences = references };
    }

    /// <summary>Adds a run, merging it into the previous one when the formatting is the same.</summary>
    public static void AppendRun(List<TextRun> runs, TextRun run)
    {
        if (run.Length == 0)
        {
            return;
        }

        if (runs.Count > 0 && runs[^1].Formatting == run.Formatting && runs[^1].End == run.Start)
        {
            runs[^1] = runs[^1] with { Length = runs[^1].Length + run.Length };
            return;
        }

        runs.Add(run);
    }

    /// <summary>Trims white space at both ends.</summary>
    public static ParagraphBlock Trim(ParagraphBlock paragraph)
    {
        var text = paragraph.Text;
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return start == 0 && end == text.Length ? paragraph : Slice(paragraph, start, end);
    }
}
