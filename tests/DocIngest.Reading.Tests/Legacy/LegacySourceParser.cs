using System.Text;

namespace DocIngest.Reading.Tests.Legacy;

/// <summary>
/// Reads the plain-text sources of the legacy test documents: one paragraph per non-blank line,
/// optional "[b]", "[c]" or "[cb]" at the start (bold, centred), and "{tcvn3}", "{tcvn3h}",
/// "{vni}", "{uni}" switching the font for the rest of the line (a line starts in "{uni}").
/// The text itself is always written in Unicode; the builder encodes it for the font.
/// </summary>
internal static class LegacySourceParser
{
    public const string Tcvn3Font = ".VnTime";
    public const string Tcvn3CapitalsFont = ".VnTimeH";
    public const string VniFont = "VNI-Times";
    public const string UnicodeFont = "Times New Roman";

    public static IReadOnlyList<LegacyParagraph> Parse(string source)
    {
        var paragraphs = new List<LegacyParagraph>();
        foreach (var rawLine in source.Split('\n'))
        {
            var line = rawLine.TrimEnd('\r');
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var (bold, centered) = (false, false);
            if (line.StartsWith('[') && line.IndexOf(']', StringComparison.Ordinal) is > 0 and < 4 and var close)
            {
                var flags = line[1..close];
                bold = flags.Contains('b', StringComparison.Ordinal);
                centered = flags.Contains('c', StringComparison.Ordinal);
                line = line[(close + 1)..].TrimStart();
            }

            paragraphs.Add(new LegacyParagraph(Segments(line), bold, centered));
        }

        return paragraphs;
    }

    private static List<LegacySegment> Segments(string line)
    {
        var segments = new List<LegacySegment>();
        var font = UnicodeFont;
        var text = new StringBuilder();
        var i = 0;
        while (i < line.Length)
        {
            if (line[i] == '{' && line.IndexOf('}', i) is var end and > 0 && FontOf(line[(i + 1)..end]) is { } next)
            {
                if (text.Length > 0)
                {
                    segments.Add(new LegacySegment(font, text.ToString()));
                    text.Clear();
                }

                font = next;
                i = end + 1;
                continue;
            }

            text.Append(line[i]);
            i++;
        }

        if (text.Length > 0)
        {
            segments.Add(new LegacySegment(font, text.ToString()));
        }

        return segments;
    }

    private static string? FontOf(string tag) => tag switch
    {
        "tcvn3" => Tcvn3Font,
        "tcvn3h" => Tcvn3CapitalsFont,
        "vni" => VniFont,
        "uni" => UnicodeFont,
        _ => null,
    };
}
