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
            if (StartsLikeUnit(text[next..]) && !PartyPatterns.BareCollective().IsMatch(previousPart))
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

        if (PartyPatterns.UnitStart().IsMatch(FoldedText.Create(trimmed).Folded))
        {
            return true;
        }

        // An acronym ("UBMTTQ", "BTCTU") names a body.
        var firstWord = trimmed.Split(' ', 2)[0];
        return firstWord.Length >= 2 && firstWord.All(c => char.IsUpper(c) || c == '.');
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
