using System.Text.RegularExpressions;
using DocIngest.Extraction.Deadlines;
using DocIngest.Extraction.Parties;

namespace DocIngest.Extraction.Structure;

/// <summary>
/// Reads the lines of a group that say who is responsible, beyond the plain "Label: value" form:
/// a "Phân công:" value that mixes units and people ("Giao Phòng X chủ trì; đồng chí Y, … chỉ
/// đạo"), a "Giao X chủ trì, phối hợp với Y …" line, and sentences such as "Đ/c X - Phó Chủ nhiệm
/// chỉ đạo thực hiện." or "Các nội dung trên do đồng chí X trực tiếp chỉ đạo; Phòng Y tham mưu".
/// </summary>
internal sealed partial class PartyLines(PartyParser parties)
{
    /// <summary>A person who directs: "(các nội dung trên do) đồng chí X, … (trực tiếp) chỉ đạo (thực hiện)".</summary>
    [GeneratedRegex(@"^(?<scope>(cac|nhung)\s+(noi\s+dung|nhiem\s+vu|giai\s+phap)\s+(tren|nay)\s+)?(do\s+)?(?<owner>(dong\s+chi|d\s*/\s*c)\s.+?)(?<!\bban)\s+(truc\s+tiep\s+)?(chi\s+dao|phu\s+trach|theo\s+doi(,?\s+chi\s+dao)?)(\s+(thuc\s+hien|chung))?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 200)]
    private static partial Regex DirectingPerson();

    /// <summary>"Phòng Y tham mưu (thực hiện)" / "Phòng Y chủ trì tham mưu".</summary>
    [GeneratedRegex(@"^(?<unit>.+?)\s+(chu\s+tri,?\s+)?tham\s+muu(\s+(thuc\s+hien|to\s+chuc\s+thuc\s+hien))?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 200)]
    private static partial Regex AdvisingUnit();

    /// <summary>Reads a "Phân công …:" value; its ";" parts may name units as well as people.</summary>
    public GroupParties ReadOwnersValue(string value)
    {
        var result = new GroupParties();
        var clauses = value.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (!clauses.Any(IsUnitClause))
        {
            result.Owners.AddRange(parties.ParseOwners(StripDirectingVerb(value)));
            return result;
        }

        foreach (var clause in clauses)
        {
            if (!ReadUnitClause(clause, result))
            {
                result.Owners.AddRange(parties.ParseOwners(StripDirectingVerb(clause)));
            }
        }

        return result;
    }

    /// <summary>
    /// An unlabelled sentence that assigns the group: "Giao X chủ trì …" or "Đ/c X … chỉ đạo thực hiện";
    /// null when the line is something else. <paramref name="sectionWide"/> is true for "Các nội dung trên do …".
    /// </summary>
    public GroupParties? ReadSentence(string text, out bool sectionWide)
    {
        sectionWide = false;
        if (text.Length > 300)
        {
            return null;
        }

        var folded = FoldedText.Create(text.TrimEnd('.', ' '));
        if (folded.Folded.StartsWith("giao ", StringComparison.Ordinal))
        {
            var result = new GroupParties();
            return ReadUnitClause(text, result) ? result : null;
        }

        var clauses = text.TrimEnd('.', ' ').Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var person = FoldedText.Create(clauses[0]);
        var match = DirectingPerson().Match(person.Folded);
        if (!match.Success)
        {
            return null;
        }

        var parsed = new GroupParties();
        var owner = match.Groups["owner"];
        parsed.Owners.AddRange(parties.ParseOwners(person.OriginalText(owner.Index, owner.Length)));
        foreach (var clause in clauses.Skip(1))
        {
            ReadUnitClause(clause, parsed);
        }

        sectionWide = match.Groups["scope"].Success;
        return parsed.Owners.Count > 0 ? parsed : null;
    }

    private static bool IsUnitClause(string clause)
    {
        var folded = FoldedText.Create(clause).Folded;
        return folded.StartsWith("giao ", StringComparison.Ordinal) || AdvisingUnit().IsMatch(folded) && !DirectingPerson().IsMatch(folded);
    }

    private bool ReadUnitClause(string clause, GroupParties into)
    {
        if (parties.FindAssignment(clause) is { Advisors.Count: > 0 } assignment)
        {
            into.Advisors.AddRange(assignment.Advisors);
            into.Partners.AddRange(assignment.Partners);
            return true;
        }

        var folded = FoldedText.Create(clause.TrimEnd('.', ' '));
        var match = AdvisingUnit().Match(folded.Folded);
        if (!match.Success)
        {
            return false;
        }

        var unit = match.Groups["unit"];
        var text = folded.OriginalText(unit.Index, unit.Length);
        if (text.StartsWith("giao ", StringComparison.OrdinalIgnoreCase))
        {
            text = text[5..];
        }

        if (!UnitSplitter.StartsLikeUnit(text))
        {
            return false;
        }

        into.Advisors.AddRange(parties.ParseUnits(text));
        return true;
    }

    /// <summary>"Đồng chí X, Phó Chủ tịch UBND xã chỉ đạo" → "Đồng chí X, Phó Chủ tịch UBND xã".</summary>
    private static string StripDirectingVerb(string value)
    {
        var folded = FoldedText.Create(value.TrimEnd('.', ' '));
        var match = DirectingPerson().Match(folded.Folded);
        if (!match.Success)
        {
            return value;
        }

        var owner = match.Groups["owner"];
        return folded.OriginalText(owner.Index, owner.Length);
    }
}
