namespace DocIngest.Core.Documents;

/// <summary>
/// A paragraph as a reader of the printed page sees it: NFC text without its list label,
/// the label as rendered ("1.", "a)", "II.", "2.1.", "-"), style and heading level, run formatting
/// and where note marks stood.
/// </summary>
public sealed record ParagraphBlock(BlockPosition Position, string Text) : Block(Position)
{
    /// <summary>Formatting runs tiling <see cref="Text"/>; empty when the source carries none.</summary>
    public IReadOnlyList<TextRun> Runs { get; init; } = [];

    /// <summary>The paragraph style's display name ("Heading 1", "List Paragraph"), if any.</summary>
    public string? StyleName { get; init; }

    /// <summary>1–9 for headings (outline level or a heading style), otherwise null.</summary>
    public int? HeadingLevel { get; init; }

    /// <summary>The list label as printed, without trailing space; null for a paragraph outside a list.</summary>
    public string? ListLabel { get; init; }

    /// <summary>0-based list level; null outside a list.</summary>
    public int? ListLevel { get; init; }

    /// <summary>Kind of the list's numbering.</summary>
    public ListKind ListKind { get; init; }

    /// <summary>Footnote and endnote marks in this paragraph, in text order.</summary>
    public IReadOnlyList<NoteReference> NoteReferences { get; init; } = [];

    /// <summary>The label and the text as one line, the way a person reads it.</summary>
    public string DisplayText => ListLabel is null ? Text : $"{ListLabel} {Text}";

    /// <summary>Share of the non-space characters that are bold (0..1).</summary>
    public double BoldShare => Share(RunFormatting.Bold);

    /// <summary>Share of the non-space characters that are italic (0..1).</summary>
    public double ItalicShare => Share(RunFormatting.Italic);

    private double Share(RunFormatting formatting)
    {
        int total = 0, marked = 0;
        foreach (var run in Runs)
        {
            for (var i = run.Start; i < run.End && i < Text.Length; i++)
            {
                if (char.IsWhiteSpace(Text[i]))
                {
                    continue;
                }

                total++;
                if (run.Has(formatting))
                {
                    marked++;
                }
            }
        }

        return total == 0 ? 0 : (double)marked / total;
    }
}

/// <summary>What kind of label a list paragraph carries.</summary>
public enum ListKind
{
    None,
    Bullet,
    Decimal,
    UpperRoman,
    LowerRoman,
    UpperLetter,
    LowerLetter,
    Other,
}
