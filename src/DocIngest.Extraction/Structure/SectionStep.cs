using DocIngest.Extraction.Layout;

namespace DocIngest.Extraction.Structure;

/// <summary>
/// Finds the top-level sections: roman-numbered headings ("I.", "II-"), else upper-case
/// headings numbered "1.", else Word headings of level 1.
/// </summary>
internal sealed class SectionStep : IExtractionStep
{
    public string Name => "sections";

    public void Run(ExtractionContext context)
    {
        var body = context.Lines.Skip(context.BodyStartIndex).Take(context.ClosingStartIndex - context.BodyStartIndex)
            .Where(l => l.Region == LineRegion.Body).ToList();

        var headings = body.Where(l => l.LabelKind == LabelKind.Roman && IsHeadingText(l)).ToList();
        if (headings.Count == 0)
        {
            headings = body.Where(l => l.LabelKind == LabelKind.Decimal && DocumentKinds.IsUpper(l.Text) && IsHeadingText(l)).ToList();
        }

        if (headings.Count == 0)
        {
            headings = BoldArabicSections(body);
        }

        if (headings.Count == 0)
        {
            headings = body.Where(l => l.Paragraph.HeadingLevel == 1 && IsHeadingText(l)).ToList();
        }

        for (var i = 0; i < headings.Count; i++)
        {
            var heading = headings[i];
            var end = i + 1 < headings.Count ? headings[i + 1].Index : context.ClosingStartIndex;
            context.Sections.Add(new SectionSpan(LabelSplitter.Bare(heading.Label), heading.Text.TrimEnd(':', ' '), heading.Index, end, heading.Evidence)
            {
                BodyIndex = heading.Paragraph.Position.Index,
            });
        }
    }

    private static bool IsHeadingText(Line line) => line.Text.Length is > 0 and < 200;

    /// <summary>
    /// Top-level sections numbered "1." in sentence case ("1. Mục đích, yêu cầu" … "3. Tổ chức thực
    /// hiện"): bold "1." lines, numbered the same way (typed or by Word) as a line whose title is a
    /// known section title, counting 1, 2, 3 … Groups below may also be numbered "1.", so an
    /// anchor title and the unbroken count are what tell the two levels apart.
    /// </summary>
    private static List<Line> BoldArabicSections(IReadOnlyList<Line> body)
    {
        var candidates = body.Where(l => l.LabelKind == LabelKind.Decimal && l.IsBold && IsHeadingText(l) && l.Text.Length < 120).ToList();
        var anchor = candidates.FirstOrDefault(l => SectionAnchors.Any(DocumentKinds.Fold(l.Text).StartsWith));
        if (anchor is null)
        {
            return [];
        }

        var typed = anchor.Paragraph.ListLabel is null;
        var sections = new List<Line>();
        foreach (var line in candidates.Where(l => (l.Paragraph.ListLabel is null) == typed))
        {
            if (LabelSplitter.Bare(line.Label) == (sections.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))
            {
                sections.Add(line);
            }
        }

        return sections.Count >= 2 && sections.Contains(anchor) ? sections : [];
    }

    private static readonly string[] SectionAnchors = ["muc dich", "muc tieu", "to chuc thuc hien"];
}
