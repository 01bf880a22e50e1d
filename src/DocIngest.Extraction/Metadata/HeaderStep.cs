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

    [GeneratedRegex(@"^\s*s[ốô]\s*(?:k[ýy]\s*hi[ệe]u\s*)?[:.]?\s*(?<value>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"\s(?:\*\s*)?(?:Số|SỐ)\s*[:.]?\s*(?<value>[\d….\-_].*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InnerNumber();

    [GeneratedRegex(@"(?<num>[0-9]+[A-Za-zĐđ]?(?:\s*/\s*(?:19|20)\d{2})?)\s*(?<sep>[-/])\s*(?<code>[A-ZĐ][A-Za-zĐđ0-9&]*(?:\s*[-/.]\s*[A-Za-zĐđ0-9&]+)*)", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NumberValue();

    [GeneratedRegex(@"ngay\s*(?<d>\d{1,2})\s*thang\s*(?<m>\d{1,2})\s*nam\s*(?<y>\d{4})", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlaceDate();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Year();

    public void Run(ExtractionContext context)
    {
        var lines = context.Lines;
        var headerEnd = context.KindLineIndex >= 0 ? context.KindLineIndex : Math.Min(lines.Count, 12);
        var header = lines.Take(headerEnd).Where(l => l.Region is LineRegion.Body or LineRegion.HeaderTable).ToList();
        header.AddRange(lines.Where(l => l.Region == LineRegion.HeaderTable && l.Index >= headerEnd));

        var (kind, title, titleEnd) = TitleBlock.Read(context);
        context.BodyStartIndex = Math.Max(context.BodyStartIndex, titleEnd);
        var issuedOn = ReadIssuedOn(header) ?? ReadIssuedOn(lines.Skip(Math.Max(0, context.ClosingStartIndex - 3)).ToList());
        var number = ReadNumber(header);
        var issuer = IssuerNames.FromHeader(header) ?? IssuerNames.FromOpening(lines.Skip(context.BodyStartIndex).Take(4));

        context.Info = context.Info with { Number = number, Kind = kind, Title = title, IssuedOn = issuedOn, Issuer = issuer };
        context.DeadlineContext = new DeadlineContext(issuedOn?.Year ?? PlanYear(title, lines.Skip(context.BodyStartIndex).Take(2)), issuedOn);
    }

    private static string? ReadNumber(IReadOnlyList<Line> header)
    {
        for (var i = 0; i < header.Count; i++)
        {
            if (NumberText(header[i]) is not { } value)
            {
                continue;
            }

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

    // "Số: 104/KH-UBND" opening a line, or after the issuer or the motto on a header collapsed onto
    // one line ("TỈNH ỦY BẮC NINH BAN TỔ CHỨC * Số 19-HD/BTCTU").
    private static string? NumberText(Line line)
    {
        var match = NumberLine().Match(line.Text);
        if (match.Success && line.Folded.StartsWith("so", StringComparison.Ordinal))
        {
            return match.Groups["value"].Value;
        }

        var inner = InnerNumber().Match(line.Text);
        return inner.Success && IsHeaderText(line.Text[..inner.Index]) ? inner.Groups["value"].Value : null;
    }

    private static bool IsHeaderText(string before)
    {
        var folded = DocumentKinds.Fold(before).TrimEnd(' ', '-', '*', '|');
        return DocumentKinds.IsUpper(before) || folded.EndsWith("hanh phuc", StringComparison.Ordinal) || folded.EndsWith("viet nam", StringComparison.Ordinal);
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
