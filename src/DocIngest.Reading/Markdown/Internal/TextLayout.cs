namespace DocIngest.Reading.Markdown.Internal;

/// <summary>
/// How a text file lays out its paragraphs, measured once before parsing.
/// </summary>
/// <param name="LinePerParagraph">Hardly any blank lines: each line is meant as a paragraph.</param>
/// <param name="LongestLine">Length of the longest line; a wrapped file's lines end near it.</param>
internal readonly record struct TextLayout(bool LinePerParagraph, int LongestLine)
{
    // Below this share of blank lines to text lines, every line is taken as its own paragraph.
    private const double LinePerParagraphBlankShare = 0.1;

    // A line this close to the longest one was most likely wrapped by a tool, not ended by the writer.
    private const double WrappedShare = 0.8;

    /// <summary>Measures <paramref name="text"/>.</summary>
    public static TextLayout Measure(string text)
    {
        int blank = 0, lines = 0, longest = 0;
        foreach (var line in text.AsSpan().EnumerateLines())
        {
            var trimmed = line.Trim();
            if (trimmed.IsEmpty)
            {
                blank++;
                continue;
            }

            lines++;
            longest = Math.Max(longest, trimmed.Length);
        }

        return new TextLayout(lines > 1 && blank < lines * LinePerParagraphBlankShare, longest);
    }

    /// <summary>True when a line of this length looks cut by wrapping at the file's width.</summary>
    public bool LooksWrapped(int lineLength) => lineLength >= LongestLine * WrappedShare;
}
