using DocIngest.Extraction.Layout;

namespace DocIngest.Extraction.Structure;

/// <summary>
/// How a section numbers its group headings: the label shape of the headings, whether only the
/// bold lines of that shape are headings (tasks numbered the same way), and the shape of parent
/// headings that only gather groups ("1." over "1.1.").
/// </summary>
internal sealed record HeadingScheme(LabelKind? Kind, bool BoldOnly, LabelKind? ParentKind)
{
    public static HeadingScheme None { get; } = new(null, false, null);

    /// <summary>The first numbered shape (decimal, multi-level, letter) among the section's unlabelled lines.</summary>
    public static HeadingScheme Choose(IReadOnlyList<Line> lines)
    {
        foreach (var line in lines)
        {
            if (LabeledLine.TryParse(line) is not null || line.LabelKind is not (LabelKind.Decimal or LabelKind.MultiLevel or LabelKind.Letter))
            {
                continue;
            }

            // Headings and the tasks under them may share one numbering style ("1." both, from two
            // Word lists); then only the bold ones are headings.
            var same = lines.Where(l => l.LabelKind == line.LabelKind && LabeledLine.TryParse(l) is null).ToList();
            var boldOnly = same.Any(l => l.IsBold) && same.Any(l => !l.IsBold) && line.IsBold;

            // "1. Lĩnh vực kinh tế" over "1.1. Sản xuất nông nghiệp": the groups are the decimal
            // sub-headings; the "1." lines above them only gather them.
            if (line.LabelKind == LabelKind.Decimal && DecimalParents(lines))
            {
                return new HeadingScheme(LabelKind.MultiLevel, boldOnly, LabelKind.Decimal);
            }

            // "1. Về lãnh đạo …" directly over bold "a) Công tác …" headings: the letters are the groups.
            return line.LabelKind == LabelKind.Decimal && LetterParents(lines)
                ? new HeadingScheme(LabelKind.Letter, true, LabelKind.Decimal)
                : new HeadingScheme(line.LabelKind, boldOnly, null);
        }

        return None;
    }

    /// <summary>True when every "1." heading is directly followed by a bold "a)" heading, and there are at least two of those.</summary>
    private static bool LetterParents(IReadOnlyList<Line> lines)
    {
        static bool IsLetterHeading(Line l) => l.LabelKind == LabelKind.Letter && l.IsBold && LabeledLine.TryParse(l) is null && l.Text.Length < 200;
        var parents = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].LabelKind != LabelKind.Decimal || LabeledLine.TryParse(lines[i]) is not null)
            {
                continue;
            }

            if (i + 1 >= lines.Count || !IsLetterHeading(lines[i + 1]))
            {
                return false;
            }

            parents++;
        }

        return parents > 0 && lines.Count(IsLetterHeading) >= 2;
    }

    /// <summary>True when every "1." heading with content is followed by "1.1."-style sub-headings that share its number.</summary>
    private static bool DecimalParents(IReadOnlyList<Line> lines)
    {
        var parents = lines.Where(l => l.LabelKind == LabelKind.Decimal && LabeledLine.TryParse(l) is null && l.Text.Length < 200).ToList();
        var children = lines.Where(l => l.LabelKind == LabelKind.MultiLevel && LabeledLine.TryParse(l) is null).ToList();
        if (parents.Count == 0 || children.Count < 2)
        {
            return false;
        }

        // Each child's first number names a parent ("2.1" under "2.").
        var parentNumbers = parents.Select(p => LabelSplitter.Bare(p.Label)).ToHashSet(StringComparer.Ordinal);
        return children.All(c => LabelSplitter.Bare(c.Label)?.Split('.')[0] is { } first && parentNumbers.Contains(first))
            && parents.All(p => children.Any(c => c.Index > p.Index));
    }
}
