namespace DocIngest.Core.Documents;

/// <summary>Character formatting that matters for reading a plan (bold names, italic deadlines, note marks).</summary>
[Flags]
public enum RunFormatting
{
    None = 0,
    Bold = 1,
    Italic = 2,
    Underline = 4,
    Superscript = 8,
    Subscript = 16,
}

/// <summary>A span of a paragraph's text with one formatting; runs tile the text in order.</summary>
/// <param name="Start">Offset of the run in <see cref="ParagraphBlock.Text"/>.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Formatting">Bold, italic, underline, superscript.</param>
public readonly record struct TextRun(int Start, int Length, RunFormatting Formatting)
{
    public int End => Start + Length;

    public bool Has(RunFormatting formatting) => (Formatting & formatting) == formatting;
}
