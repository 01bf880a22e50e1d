using System.Globalization;
using System.Text.RegularExpressions;
using DocIngest.Core.Documents;
using DocIngest.Core.Plans;
using DocIngest.Core.Text;
using DocIngest.Extraction.Layout;

namespace DocIngest.Extraction.Metadata;

/// <summary>
/// Collects every document the plan cites by number ("Kế hoạch số 61-KH/TU, ngày 15/4/2026"),
/// with its kind and date, each once, in order of first mention. A few words may qualify the kind
/// before "số" ("Kết luận thanh tra số 33/KL-TTr", "Luật Tổ chức chính quyền địa phương số …"),
/// but not another kind in capitals ("quy định tại Quyết định số …" cites a Quyết định); a
/// "Thông báo kết luận" is a Thông báo.
/// </summary>
internal sealed partial class ReferenceStep : IExtractionStep
{
    public string Name => "references";

    [GeneratedRegex(@"(?<kind>Kế hoạch|Nghị quyết|Chỉ thị|Hướng dẫn|Kết luận|Quyết định|Thông báo|Nghị định|Thông tư|Công văn|Quy định|Chương trình|Báo cáo|Luật|Đề án|Thông tri|Quy chế|Tờ trình|Văn bản)(?:(?<=Thông báo)\s+kết luận)?(?:(?:\s+(?!(?-i:Kế hoạch|Nghị quyết|Chỉ thị|Hướng dẫn|Kết luận|Quyết định|Thông báo|Nghị định|Thông tư|Công văn|Quy định|Chương trình|Báo cáo|Luật|Đề án|Văn bản)\b)\p{L}+){1,6}?\s+số\s*:?\s*|\s+(?:liên tịch\s+)?(?:số\s*:?\s*)?)(?<num>\d+[A-Za-zĐđ]?(?:\s?[-/]\s?[A-Za-zĐđ0-9&]+)+)(?<tail>[^.;]{0,12}?ngày\s+(?<date>\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 2000)]
    private static partial Regex Citation();

    [GeneratedRegex(@"\d+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Digits();

    public void Run(ExtractionContext context)
    {
        var own = TextSimilarity.Norm(context.Info.Number).Replace(" ", string.Empty, StringComparison.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var references = new List<DocumentReference>();
        var texts = context.Lines
            .Where(line => line.Index >= context.BodyStartIndex || line.Region == LineRegion.Body)
            .Select(line => line.Text)
            .Concat(TaskTableTexts(context));
        foreach (var text in texts)
        {
            foreach (Match match in Citation().Matches(VietnameseText.FoldPunctuation(text)))
            {
                Collect(match, own, seen, references);
            }
        }

        context.Info = context.Info with { References = references };
    }

    // Task tables are kept out of the lines, yet their cells cite documents too ("Văn bản số …").
    private static IEnumerable<string> TaskTableTexts(ExtractionContext context) =>
        context.Document.Body.OfType<TableBlock>()
            .Where(context.TaskTables.Contains)
            .SelectMany(t => t.Rows.SelectMany(r => r.Cells))
            .SelectMany(c => c.Paragraphs())
            .Select(p => p.Text);

    private static void Collect(Match match, string own, HashSet<string> seen, List<DocumentReference> references)
    {
        var number = match.Groups["num"].Value.Replace(" ", string.Empty, StringComparison.Ordinal);
        if (!number.Contains('/', StringComparison.Ordinal) && !number.Contains('-', StringComparison.Ordinal))
        {
            return;
        }

        var key = TextSimilarity.Norm(number);
        var date = ParseDate(match.Groups["date"].Value);
        if (key == own)
        {
            return;
        }

        if (!seen.Add(key))
        {
            // A title or heading often cites without the date that a later mention gives.
            FillMissingDate(references, key, date);
            return;
        }

        var kind = match.Groups["kind"].Value;
        kind = char.ToUpper(kind[0], CultureInfo.InvariantCulture) + kind[1..].ToLower(CultureInfo.InvariantCulture);
        references.Add(new DocumentReference(number, kind, date));
    }

    private static void FillMissingDate(List<DocumentReference> references, string key, DateOnly? date)
    {
        var index = references.FindIndex(r => TextSimilarity.Norm(r.Number) == key);
        if (date is not null && index >= 0 && references[index].Date is null)
        {
            references[index] = references[index] with { Date = date };
        }
    }

    private static DateOnly? ParseDate(string text)
    {
        if (text.Length == 0)
        {
            return null;
        }

        var parts = Digits().Matches(text).Select(m => int.Parse(m.Value, CultureInfo.InvariantCulture)).ToList();
        if (parts.Count != 3 || parts[1] is < 1 or > 12 || parts[2] < 1900)
        {
            return null;
        }

        return parts[0] >= 1 && parts[0] <= DateTime.DaysInMonth(parts[2], parts[1]) ? new DateOnly(parts[2], parts[1], parts[0]) : null;
    }
}
