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
}
