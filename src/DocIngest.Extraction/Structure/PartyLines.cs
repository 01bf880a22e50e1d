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
    [GeneratedRegex(@"^(?<unit>.+?)\s+(chu\s+tri,?\s+)?tham\s+muu(,?\s+(thuc\s+hien|to\s+chuc\s+thuc\s+hien|theo\s+doi|tong\s+hop|giup\s+viec)){0,2}\s*$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 200)]
    private static partial Regex AdvisingUnit();

    /// <summary>"… giao X thực hiện:" without "chủ trì": X carries the tasks that follow.</summary>
    [GeneratedRegex(@"\bgiao\s+(?<unit>[^;:.()]{2,120}?)\s+(thuc\s+hien|trien\s+khai)\b",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 200)]
    private static partial Regex GivenTo();

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
        if (folded.Folded.StartsWith("giao ", StringComparison.Ordinal) || (IntroducesTasks(folded.Folded) && text.Contains(" giao ", StringComparison.Ordinal)))
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

    /// <summary>A pivot sentence ending in ":" ("Để khắc phục …, UBND huyện giao X chủ trì … thực hiện:").</summary>
    private static bool IntroducesTasks(string folded) =>
        folded.EndsWith(':') && folded.Contains(" giao ", StringComparison.Ordinal);

    /// <summary>"giao" as printed in lower case without accents is the verb; "Tuyên giáo", "Giáo dục" fold to it too.</summary>
    private static bool IsGiveVerb(FoldedText folded, int index)
    {
        var (start, length) = folded.ToOriginal(index, 4);
        return folded.Original.AsSpan(start, length).SequenceEqual("giao");
    }

    private static bool IsUnitClause(string clause)
    {
        var folded = FoldedText.Create(clause).Folded;
        return folded.StartsWith("giao ", StringComparison.Ordinal) || AdvisingUnit().IsMatch(folded) && !DirectingPerson().IsMatch(folded);
    }

    /// <summary>The units an introduction names ("UBND phường giao công chức Tư pháp - Hộ tịch thực hiện:").</summary>
    public GroupParties? ReadIntroduction(string intro)
    {
        var result = new GroupParties();
        return intro.Length > 0 && ReadUnitClause(intro, result) ? result : null;
    }

    private bool ReadUnitClause(string clause, GroupParties into)
    {
        if (parties.FindAssignment(clause) is { Advisors.Count: > 0 } assignment)
        {
            into.Advisors.AddRange(assignment.Advisors);
            into.Partners.AddRange(assignment.Partners);
            return true;
        }

        var folded = FoldedText.Create(clause.TrimEnd('.', ' ', ':'));
        if (GivenTo().Match(folded.Folded) is { Success: true } given && IsGiveVerb(folded, given.Index))
        {
            var unitText = folded.OriginalText(given.Groups["unit"].Index, given.Groups["unit"].Length);
            if (UnitSplitter.StartsLikeUnit(unitText))
            {
                into.Advisors.AddRange(parties.ParseUnits(unitText));
                return true;
            }
        }

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
