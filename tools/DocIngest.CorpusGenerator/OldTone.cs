using System.Text;

namespace DocIngest.CorpusGenerator;

/// <summary>
/// Rewrites modern tone placement to the old one ("ủy" → "uỷ", "hòa" → "hoà") in open syllables,
/// the way older documents print it.
/// </summary>
internal static class OldTone
{
    private static readonly Dictionary<string, string> ModernToOld = Build();

    public static string Apply(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (i + 1 < text.Length
                && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]))
                && ModernToOld.TryGetValue(text.Substring(i, 2), out var old))
            {
                builder.Append(old);
                i++;
                continue;
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    private static Dictionary<string, string> Build()
    {
        // Modern pairs (tone on the first vowel) and their old spelling (tone on the second).
        string[] pairs =
        [
            "òa:oà", "óa:oá", "ỏa:oả", "õa:oã", "ọa:oạ", "òe:oè", "óe:oé", "ỏe:oẻ", "õe:oẽ", "ọe:oẹ",
            "ùy:uỳ", "úy:uý", "ủy:uỷ", "ũy:uỹ", "ụy:uỵ",
            "Òa:Oà", "Óa:Oá", "Ủy:Uỷ", "Úy:Uý", "ÒA:OÀ", "ÓA:OÁ", "ỦY:UỶ",
        ];
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var parts = pair.Split(':');
            map[parts[0]] = parts[1];
        }

        return map;
    }
}
