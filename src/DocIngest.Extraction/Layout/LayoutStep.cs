using DocIngest.Core.Documents;
using DocIngest.Extraction.Structure;

namespace DocIngest.Extraction.Layout;

/// <summary>
/// Finds the landmarks every later step relies on: task tables, the lines, the kind line
/// ("KẾ HOẠCH"), where the body starts and where the closing block (Nơi nhận, signature) begins.
/// </summary>
internal sealed class LayoutStep : IExtractionStep
{
    public string Name => "layout";

    public void Run(ExtractionContext context)
    {
        foreach (var table in context.Document.Body.OfType<TableBlock>())
        {
            if (TaskTableLayout.TryDetect(table) is not null)
            {
                context.TaskTables.Add(table);
            }
        }

        var lines = LineBuilder.Build(context.Document, context.TaskTables);
        context.Lines = lines;
        context.KindLineIndex = DocumentKinds.FindKindLine(lines);
        context.ClosingStartIndex = FindClosingStart(lines);
        context.BodyStartIndex = context.KindLineIndex < 0 ? 0 : context.KindLineIndex + 1;
    }

    private static int FindClosingStart(IReadOnlyList<Line> lines)
    {
        // The closing block is the last "Nơi nhận" (or the signature authority line when there is
        // no recipient list) in the second half of the document.
        for (var i = lines.Count - 1; i >= lines.Count / 3; i--)
        {
            if (lines[i].Folded.StartsWith("noi nhan", StringComparison.Ordinal) || Signatures.IsAuthorityLine(lines[i]))
            {
                var start = i;
                while (start > 0 && (lines[start - 1].Folded.StartsWith("noi nhan", StringComparison.Ordinal) || Signatures.IsAuthorityLine(lines[start - 1])
                    || lines[start - 1].Region == LineRegion.ClosingTable))
                {
                    start--;
                }

                // The recipients list may sit before the authority line found first.
                for (var j = start - 1; j >= Math.Max(0, start - 15); j--)
                {
                    if (lines[j].Folded.StartsWith("noi nhan", StringComparison.Ordinal))
                    {
                        start = j;
                    }
                }

                return start;
            }
        }

        var closingTable = lines.FirstOrDefault(l => l.Region == LineRegion.ClosingTable);
        return closingTable?.Index ?? lines.Count;
    }
}
