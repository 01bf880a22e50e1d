namespace DocIngest.Extraction.Ml;

/// <summary>
/// The phrases at the end of a task text that could be an unrecognised deadline: a trailing
/// parenthesis, the last clause, and the last one to six words. Training draws its "none"
/// examples from gold task texts with the same generator, so the classifier sees the same shapes.
/// </summary>
public static class DeadlineTails
{
    private const int MaxClauseWords = 14;
    private const int MaxSuffixWords = 6;

    /// <summary>Candidate phrases with the offset in <paramref name="text"/> where each starts.</summary>
    public static IReadOnlyList<(string Phrase, int Start)> Candidates(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var result = new List<(string, int)>();
        var trimmed = text.TrimEnd(' ', '.', ';', ',');
        if (trimmed.EndsWith(')') && trimmed.LastIndexOf('(') is var open and > 0)
        {
            result.Add((trimmed[(open + 1)..^1].Trim(), open));
            return result;
        }

        var clauseStart = Math.Max(trimmed.LastIndexOfAny([',', ';', ':']), trimmed.LastIndexOf(" - ", StringComparison.Ordinal) + 1) + 1;
        var clause = trimmed[clauseStart..];
        var words = WordStarts(clause);
        if (clauseStart > 0 && words.Count is > 0 and <= MaxClauseWords)
        {
            result.Add((clause.Trim(), clauseStart));
        }

        for (var n = 1; n <= Math.Min(MaxSuffixWords, words.Count - 1); n++)
        {
            var start = words[^n];
            result.Add((clause[start..].Trim(), clauseStart + start));
        }

        return result;
    }

    private static List<int> WordStarts(string clause)
    {
        var starts = new List<int>();
        for (var i = 0; i < clause.Length; i++)
        {
            if (!char.IsWhiteSpace(clause[i]) && (i == 0 || char.IsWhiteSpace(clause[i - 1])))
            {
                starts.Add(i);
            }
        }

        return starts;
    }
}
