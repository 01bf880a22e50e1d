using System.Text.RegularExpressions;
using DocIngest.Extraction.Deadlines;

namespace DocIngest.Extraction.Parties;

/// <summary>
/// Splits one ";"-free piece of a units value on "," and " và ". A part starts a new unit only when
/// it reads like a unit name (Sở/Phòng/Ban/Công an/…/các …, or an acronym) and the part before it is
/// not a bare collective head ("Các phòng và Văn phòng thuộc Ban" is one collective description).
/// </summary>
internal static class UnitSplitter
{
    public static IEnumerable<string> Split(string piece)
    {
        var text = RemoveRoleNotes(piece);
        if (text.Length == 0)
        {
            yield break;
        }

        var folded = FoldedText.Create(text);
        var unitStart = 0;
        var partStart = 0;
        foreach (Match separator in PartyPatterns.UnitSeparator().Matches(folded.Folded))
        {
            var (sepStart, sepLength) = folded.ToOriginal(separator.Index, separator.Length);
            var next = sepStart + sepLength;
            var previousPart = FoldedText.Create(PartyParser.TrimEdges(text[partStart..sepStart])).Folded;
            if (StartsLikeUnit(text[next..]) && !PartyPatterns.BareCollective().IsMatch(previousPart)
                && !ContinuesName(text[unitStart..sepStart], text[next..], separator.Value))
            {
                var unit = PartyParser.TrimEdges(text[unitStart..sepStart]);
                if (unit.Length > 0)
                {
                    yield return unit;
                }

                unitStart = next;
            }

            partStart = next;
        }

        var last = PartyParser.TrimEdges(text[unitStart..]);
        if (last.Length > 0)
        {
            yield return last;
        }
    }

    internal static bool StartsLikeUnit(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.Length == 0)
        {
            return false;
        }

        var folded = FoldedText.Create(trimmed).Folded;
        if (PartyPatterns.UnitStart().IsMatch(folded))
        {
            return true;
        }

        // Words that name a unit only when capitalised ("Bộ phận Tuyên truyền", "Tổ Văn phòng",
        // "Khoa Dược"); in lower case they are ordinary words ("bộ phận một cửa", "tổ chức").
        if (char.IsUpper(trimmed[0]) && PartyPatterns.CapitalisedUnitStart().IsMatch(folded))
        {
            return true;
        }

        // An acronym ("UBMTTQ", "BTCTU") names a body.
        var firstWord = trimmed.Split(' ', 2)[0];
        return firstWord.Length >= 2 && firstWord.All(c => char.IsUpper(c) || c == '.');
    }

    /// <summary>
    /// A separator inside one unit's name: after a comma a lower-case part continues an enumeration
    /// ("UBND các xã, thị trấn", "Các sở, ban, ngành"); "Văn phòng HĐND và UBND huyện" is one office.
    /// </summary>
    private static bool ContinuesName(string unitSoFar, string next, string separator)
    {
        var rest = next.TrimStart();
        if (separator.Trim() == "," && rest.Length > 0 && char.IsLower(rest[0]))
        {
            return true;
        }

        var firstWord = rest.Split(' ', 2)[0];
        var isAcronym = firstWord.Length >= 2 && firstWord.All(c => char.IsUpper(c) || c == '.');
        var trimmed = PartyParser.TrimEdges(unitSoFar);
        var lastWord = trimmed[(trimmed.LastIndexOf(' ') + 1)..];
        var endsWithAcronym = lastWord.Length >= 2 && lastWord.All(c => char.IsUpper(c) || c == '.');
        return isAcronym && endsWithAcronym && PartyPatterns.JointOffice().IsMatch(FoldedText.Create(trimmed).Folded);
    }

    private static string RemoveRoleNotes(string piece)
    {
        var folded = FoldedText.Create(piece);
        var notes = PartyPatterns.RoleAnnotation().Matches(folded.Folded);
        if (notes.Count == 0)
        {
            return piece;
        }

        var text = piece;
        for (var i = notes.Count - 1; i >= 0; i--)
        {
            var (start, length) = folded.ToOriginal(notes[i].Index, notes[i].Length);
            text = text.Remove(start, length);
        }

        return PartyParser.TrimEdges(text);
    }
}
