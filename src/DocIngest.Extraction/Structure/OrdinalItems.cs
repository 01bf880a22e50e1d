using System.Text.RegularExpressions;
using DocIngest.Extraction.Deadlines;

namespace DocIngest.Extraction.Structure;

/// <summary>
/// Tasks written in one paragraph with spelled-out ordinals: "… các giải pháp: một là, A; hai là, B"
/// or "thứ nhất, A; thứ hai, B" (formats.md §4: several tasks packed into one paragraph).
/// </summary>
internal static partial class OrdinalItems
{
    [GeneratedRegex(@"(?<=^|[:;.]\s*)(?<n>(mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)\s+la|thu\s+(nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi))\s*,\s*",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 200)]
    private static partial Regex Marker();

    /// <summary>The text before the first ordinal and the item texts, or null without "một là"/"thứ nhất" and a second item.</summary>
    public static (string Intro, IReadOnlyList<string> Items)? Split(string text)
    {
        var folded = FoldedText.Create(text);
        var markers = Marker().Matches(folded.Folded).ToList();
        if (markers.Count < 2 || markers[0].Groups["n"].Value is not ("mot la" or "thu nhat"))
        {
            return null;
        }

        var items = new List<string>(markers.Count);
        for (var i = 0; i < markers.Count; i++)
        {
            var start = markers[i].Index + markers[i].Length;
            var end = i + 1 < markers.Count ? markers[i + 1].Index : folded.Folded.Length;
            var item = folded.OriginalText(start, end - start).Trim().TrimEnd(';', ' ').Trim();
            if (item.Length > 0)
            {
                items.Add(item);
            }
        }

        var intro = folded.OriginalText(0, markers[0].Index).Trim();
        return items.Count >= 2 ? (intro, items) : null;
    }
}
