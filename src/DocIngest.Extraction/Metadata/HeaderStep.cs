using System.Globalization;
using System.Text.RegularExpressions;
using DocIngest.Core.Plans;
using DocIngest.Core.Text;
using DocIngest.Extraction.Deadlines;
using DocIngest.Extraction.Layout;

namespace DocIngest.Extraction.Metadata;

/// <summary>
/// Reads the header block: the number, the place-and-date line, the issuing body, the kind and
/// the title; and fixes the plan's year, which periods without a year take.
/// </summary>
internal sealed partial class HeaderStep : IExtractionStep
{
    public string Name => "header";

    [GeneratedRegex(@"^\s*s[ốô]\s*(?:k[ýy]\s*hi[ệe]u\s*)?[:.]?\s*(?<value>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"(?<num>[0-9]+[A-Za-zĐđ]?)\s*(?<sep>[-/])\s*(?<code>[A-ZĐ][A-Za-zĐđ0-9&]*(?:\s*[-/.]\s*[A-Za-zĐđ0-9&]+)*)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex NumberValue();

    [GeneratedRegex(@"ngay\s*(?<d>\d{1,2})\s*thang\s*(?<m>\d{1,2})\s*nam\s*(?<y>\d{4})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex PlaceDate();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Year();

    public void Run(ExtractionContext context)
    {
        var lines = context.Lines;
        var headerEnd = context.KindLineIndex >= 0 ? context.KindLineIndex : Math.Min(lines.Count, 12);
        var header = lines.Take(headerEnd).Where(l => l.Region is LineRegion.Body or LineRegion.HeaderTable).ToList();
        header.AddRange(lines.Where(l => l.Region == LineRegion.HeaderTable && l.Index >= headerEnd));

        var (kind, title, titleEnd) = ReadKindAndTitle(context);
        context.BodyStartIndex = Math.Max(context.BodyStartIndex, titleEnd);
        var issuedOn = ReadIssuedOn(header) ?? ReadIssuedOn(lines.Skip(Math.Max(0, context.ClosingStartIndex - 3)).ToList());
        var number = ReadNumber(header);
        var issuer = IssuerNames.FromHeader(header) ?? IssuerNames.FromOpening(lines.Skip(context.BodyStartIndex).Take(4));

        context.Info = context.Info with { Number = number, Kind = kind, Title = title, IssuedOn = issuedOn, Issuer = issuer };
        context.DeadlineContext = new DeadlineContext(issuedOn?.Year ?? PlanYear(title, lines.Skip(context.BodyStartIndex).Take(2)), issuedOn);
    }

    private static (string? Kind, string? Title, int TitleEnd) ReadKindAndTitle(ExtractionContext context)
    {
        var lines = context.Lines;
        var index = context.KindLineIndex;
        if (index < 0)
        {
            return (null, null, 0);
        }

        var kindLine = lines[index];
        var parts = new List<string>();
        string kind;
        if (DocumentKinds.KindOf(kindLine.Folded) is { } whole)
        {
            kind = whole;
        }
        else
        {
            var (prefixKind, rest) = DocumentKinds.KindPrefix(kindLine)!.Value;
            kind = prefixKind;
            parts.Add(rest);
        }

        var i = index + 1;
        for (; i < lines.Count && parts.Count < 5; i++)
        {
            var line = lines[i];
            if (DocumentKinds.IsRule(line.Text) || line.Text.Length == 0)
            {
                if (parts.Count > 0)
                {
                    i++;
                    break;
                }

                continue;
            }

            if (!IsTitleLine(line, parts.Count))
            {
                break;
            }

            parts.Add(line.Text);
        }

        var title = parts.Count == 0 ? null : VietnameseText.CollapseWhiteSpace(string.Join(' ', parts));
        return (kind, title, i);
    }

    private static bool IsTitleLine(Line line, int partsSoFar)
    {
        if (line.Label is not null || line.Region is LineRegion.OtherTable or LineRegion.ClosingTable || line.Text.Length > 250)
        {
            return false;
        }

        var f = line.Folded;
        string[] preamble = ["thuc hien ", "can cu ", "nham ", "de ", "ngay ", "theo ", "(kem theo", "kinh gui", "sau khi "];
        if (partsSoFar > 0 && preamble.Any(f.StartsWith))
        {
            return false;
        }

        // A long sentence that ends with a colon introduces the body rather than naming the plan.
        return !(line.Text.EndsWith(':') && line.Text.Length > 80) && (partsSoFar == 0 || line.Text.Length < 200);
    }

    private static string? ReadNumber(IReadOnlyList<Line> header)
    {
        for (var i = 0; i < header.Count; i++)
        {
            var match = NumberLine().Match(header[i].Text);
            if (!match.Success || !header[i].Folded.StartsWith("so", StringComparison.Ordinal))
            {
                continue;
            }

            var value = match.Groups["value"].Value;
            // A symbol split over two lines ("Số: 16 -" / "HD/BTCTW").
            if (i + 1 < header.Count && (value.Length == 0 || value.TrimEnd().EndsWith('-') || value.TrimEnd().EndsWith('/')))
            {
                value += header[i + 1].Text;
            }

            var number = NumberValue().Match(value);
            if (number.Success)
            {
                return number.Value.Replace(" ", string.Empty, StringComparison.Ordinal).TrimEnd('.', ',', ';');
            }

            return null;
        }

        return null;
    }

    private static DateOnly? ReadIssuedOn(IReadOnlyList<Line> lines)
    {
        var joined = string.Join(' ', lines.Select(l => l.Folded));
        var match = PlaceDate().Match(joined);
        if (!match.Success)
        {
            return null;
        }

        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    // Without an issue date, the plan's year is the latest year its title or opening names.
    private static int? PlanYear(string? title, IEnumerable<Line> opening)
    {
        var years = Year().Matches(title ?? string.Empty).Concat(opening.SelectMany(l => Year().Matches(l.Text)))
            .Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        return years.Count == 0 ? null : years.Max();
    }
}
