using System.Text.RegularExpressions;
using DocIngest.Core.Plans;
using DocIngest.Core.Text;
using DocIngest.Extraction.Deadlines;

namespace DocIngest.Extraction.Parties;

/// <summary>
/// Reads who owns a group or task: people and collectives from "Phân công theo dõi, chỉ đạo:" /
/// "Lãnh đạo phụ trách" values, units from "Tham mưu"/"phối hợp" values, and inline
/// "… chủ trì, phối hợp với …" assignments. Stateless and thread-safe; bad input gives empty results.
/// </summary>
public sealed class PartyParser
{
    private static readonly char[] Edge = [' ', '\t', '\r', '\n', '.', ';', ',', ':', '-', '+', '•'];

    /// <summary>
    /// People and collectives: "Đồng chí A, Ủy viên …, Trưởng Ban …" → (A, "Ủy viên …, Trưởng Ban …");
    /// several separated by ";", new lines, ", đồng chí", " và đồng chí"; a collective ("Các đồng chí
    /// lãnh đạo Ban …", "Thường trực Đảng ủy") → (null, collective as printed).
    /// </summary>
    public IReadOnlyList<Party> ParseOwners(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        try
        {
            var parties = new List<Party>();
            foreach (var segment in SplitOwners(Clean(value)))
            {
                if (OwnerReader.Read(segment) is { } party)
                {
                    parties.Add(party);
                }
            }

            return parties;
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
    }

    /// <summary>
    /// Units: ";" and new lines always separate; "," and " và " separate only where the next part
    /// starts like a unit name and the previous part is not a bare collective head ("Các phòng và
    /// Văn phòng thuộc Ban" stays one). Trailing '.' and role notes like "(chủ trì)" are dropped.
    /// </summary>
    public IReadOnlyList<string> ParseUnits(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        try
        {
            var units = new List<string>();
            foreach (var piece in Clean(value).Split([';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                units.AddRange(UnitSplitter.Split(piece.Trim(Edge)));
            }

            return units;
        }
        catch (RegexMatchTimeoutException)
        {
            return [];
        }
    }

    /// <summary>
    /// Finds a lead/partner assignment inside a task: a trailing "(Đơn vị chủ trì: …; đơn vị phối hợp:
    /// …)" parenthesis or clause, else an inline "(giao) X chủ trì, phối hợp với Y". Null when none.
    /// </summary>
    public AssignmentPhrase? FindAssignment(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        try
        {
            var folded = FoldedText.Create(text);
            return AssignmentFinder.FindLabelled(folded, this) ?? AssignmentFinder.FindInline(folded, this);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>NFC, emphasis marks removed, ends trimmed of white space and list/closing punctuation.</summary>
    internal static string Clean(string value) =>
        VietnameseText.Nfc(value).Replace("*", string.Empty, StringComparison.Ordinal).Trim(Edge);

    internal static string TrimEdges(string value) => value.Trim(Edge);

    private static IEnumerable<string> SplitOwners(string value)
    {
        foreach (var line in value.Split([';', '\n'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var folded = FoldedText.Create(line);
            var cuts = PartyPatterns.NextPerson().Matches(folded.Folded)
                .Concat(PartyPatterns.PlainAnd().Matches(folded.Folded).Where(m => StartsWithPersonName(line, folded, m)))
                .Select(m => folded.ToOriginal(m.Index, m.Length))
                .OrderBy(cut => cut.Start);
            var from = 0;
            foreach (var (start, length) in cuts)
            {
                if (start < from)
                {
                    continue;
                }

                yield return line[from..start].Trim(Edge);
                from = start + length;
            }

            yield return line[from..].Trim(Edge);
        }
    }

    /// <summary>"Đồng chí A và Trần Văn B": a bare " và " separates two people when a surname-led name follows.</summary>
    private static bool StartsWithPersonName(string line, FoldedText folded, Match and)
    {
        var (start, length) = folded.ToOriginal(and.Index, and.Length);
        // "… và cô Lường Thị Hiền": a form of address may come before the second person's name.
        var from = start + length;
        from += OwnerReader.AddressLength(line[from..]);
        var next = PartyPatterns.Word().Match(line, from);
        if (!next.Success || next.Index != from || !OwnerReader.IsPersonStart(next.Value))
        {
            return false;
        }

        // "và Văn phòng …": a surname alone is not enough, a name has a second capitalised word.
        var second = next.NextMatch();
        return second.Success && char.IsUpper(second.Value[0])
            && line.AsSpan(next.Index + next.Length, second.Index - next.Index - next.Length).IsWhiteSpace();
    }
}
