using System.Text.RegularExpressions;
using DocIngest.Core.Plans;
using DocIngest.Extraction.Layout;

namespace DocIngest.Extraction.Metadata;

/// <summary>Reads the closing block: the "Nơi nhận" list and the signature (authority lines and name).</summary>
internal sealed partial class ClosingStep : IExtractionStep
{
    public string Name => "closing";

    // A purpose in brackets at the end of a recipient line: "(báo cáo)", "(để b/c)", "(thực hiện)".
    [GeneratedRegex(@"\s*\((?=[^)]*[^\d\s)])[^()]{1,40}\)\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex TrailingPurpose();

    public void Run(ExtractionContext context)
    {
        var closing = context.Lines.Skip(context.ClosingStartIndex).ToList();
        context.Info = context.Info with
        {
            Recipients = ReadRecipients(closing),
            Signer = ReadSigner(closing),
        };
    }

    private static List<string> ReadRecipients(IReadOnlyList<Line> closing)
    {
        var recipients = new List<string>();
        var start = closing.ToList().FindIndex(l => l.Folded.StartsWith("noi nhan", StringComparison.Ordinal));
        if (start < 0)
        {
            return recipients;
        }

        var first = closing[start];
        var inline = first.Text[(first.Text.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
        if (inline.Length > 0 && first.Text.Contains(':', StringComparison.Ordinal))
        {
            AddRecipient(recipients, LabelSplitter.Split(inline).Text);
        }

        for (var i = start + 1; i < closing.Count; i++)
        {
            var line = closing[i];
            if (Signatures.IsAuthorityLine(line) || Signatures.IsOfficeLine(line) || (line.Region == LineRegion.ClosingTable && line.Paragraph.Position.Column != first.Paragraph.Position.Column))
            {
                break;
            }

            if (line.Label is null && !(line.Region == LineRegion.ClosingTable) && recipients.Count > 0 && line.Text.Length > 80)
            {
                break;
            }

            AddRecipient(recipients, line.Text);
        }

        return recipients;
    }

    private static void AddRecipient(List<string> recipients, string text)
    {
        var value = text.Trim().TrimEnd(',', ';', '.', ' ');
        value = TrailingPurpose().Replace(value, string.Empty).TrimEnd(',', ';', '.', ' ');
        if (value.Length > 0 && value.Any(char.IsLetter))
        {
            recipients.Add(value);
        }
    }

    private static Party? ReadSigner(IReadOnlyList<Line> closing)
    {
        var start = -1;
        for (var i = 0; i < closing.Count; i++)
        {
            if (Signatures.IsAuthorityLine(closing[i]) || Signatures.IsOfficeLine(closing[i]))
            {
                start = i;
                break;
            }
        }

        if (start < 0)
        {
            return null;
        }

        var title = new List<string> { closing[start].Text };
        string? name = null;
        for (var i = start + 1; i < closing.Count && i <= start + 8; i++)
        {
            var text = closing[i].Text.Trim();
            if (text.Length == 0 || text.StartsWith('(') || DocumentKinds.IsRule(text))
            {
                continue;
            }

            if (DocumentKinds.IsUpper(text) && name is null && title.Count < 4 && !Signatures.IsPersonalName(text))
            {
                title.Add(text);
                continue;
            }

            var candidate = text.TrimEnd('.');
            if (Signatures.IsPersonalName(candidate))
            {
                name = candidate;
            }

            break;
        }

        return new Party(name, string.Join(' ', title));
    }
}
