using System.Text.RegularExpressions;

namespace DocIngest.Extraction.Structure;

/// <summary>Splits inline enumerations "(1) …; (2) …" into their items (weaknesses, task sub-items).</summary>
internal static partial class InlineItems
{
    [GeneratedRegex(@"\((\d{1,2})\)\s*", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Marker();

    /// <summary>The items after each "(n)" marker, when the text has at least two in sequence 1, 2, …; else null.</summary>
    public static IReadOnlyList<string>? Split(string text)
    {
        var markers = Marker().Matches(text).Where((m, i) => m.Groups[1].Value == (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        if (markers.Count < 2)
        {
            return null;
        }

        var items = new List<string>(markers.Count);
        for (var i = 0; i < markers.Count; i++)
        {
            var start = markers[i].Index + markers[i].Length;
            var end = i + 1 < markers.Count ? markers[i + 1].Index : text.Length;
            var item = text[start..end].Trim().TrimEnd(';', ' ').Trim();
            if (item.Length > 0)
            {
                items.Add(item);
            }
        }

        return items.Count >= 2 ? items : null;
    }

    /// <summary>Weakness texts of a note or cell: its "(n)" items, else the whole text.</summary>
    public static IEnumerable<string> Weaknesses(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return [];
        }

        return Split(trimmed) ?? [trimmed];
    }
}
