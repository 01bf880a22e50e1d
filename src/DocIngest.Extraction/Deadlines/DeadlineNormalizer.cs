using System.Text.RegularExpressions;
using DocIngest.Core.Plans;
using DocIngest.Core.Text;

namespace DocIngest.Extraction.Deadlines;

/// <summary>
/// Turns deadline phrases of Vietnamese plans into <see cref="Deadline"/>s (shared/corpus-format.md:
/// a period resolves to its LAST day). Matching is accent- and case-insensitive and tolerant of old
/// tone placement and NFD input; spans are reported in the original text. Dates that only cite a
/// document ("Kế hoạch số 61-KH/TU, ngày 15/4/2026") are never deadlines.
/// </summary>
/// <remarks>Stateless and thread-safe.</remarks>
public sealed class DeadlineNormalizer
{
    private const int MaxClauseLength = 70;
    private const int MaxTailAfterPeriod = 16;
    private const int MaxBareClauseLength = 40;
    private const string EdgeJunk = " \t\r\n*_\"'";
    private const string TrailingPunctuation = ".;,:";
    private static readonly char[] EdgeChars = EdgeJunk.ToCharArray();
    private static readonly char[] TrailingChars = (TrailingPunctuation + EdgeJunk).ToCharArray();

    /// <summary>
    /// Reads a standalone phrase (a table cell, a "Thời gian thực hiện: …" value, a line of its own).
    /// Returns null when no deadline form is recognised, including status words such as
    /// "đang triển khai", "quá hạn", "trong hạn".
    /// </summary>
    public Deadline? Parse(string phrase, DeadlineContext context)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        ArgumentNullException.ThrowIfNull(context);
        var text = CleanPhrase(phrase);
        if (text.Length == 0)
        {
            return null;
        }

        try
        {
            var folded = FoldedText.Create(text).Folded;
            var meaning = DeadlineInterpreter.Interpret(folded, context, InterpretMode.Standalone);
            return meaning is null ? null : new Deadline(meaning.Kind, meaning.Date, text);
        }
        catch (RegexMatchTimeoutException)
        {
            // Pathological input: no deadline is a safe answer, a crash of the whole extraction is not.
            return null;
        }
    }

    /// <summary>
    /// Finds the task's own deadline at the end of a task paragraph: a trailing parenthesis, or a
    /// trailing clause that starts with a deadline cue. Null when the paragraph names none.
    /// </summary>
    public DeadlineMatch? Find(string text, DeadlineContext context)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(context);
        try
        {
            var folded = FoldedText.Create(text);
            return FindParenthesis(folded, context) ?? FindClause(folded, context);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    private static DeadlineMatch? FindParenthesis(FoldedText folded, DeadlineContext context)
    {
        var paren = DeadlinePatterns.TrailingParen().Match(folded.Folded);
        if (!paren.Success)
        {
            return null;
        }

        var inner = paren.Groups["inner"];
        var meaning = DeadlineInterpreter.Interpret(folded.Folded.Substring(inner.Index, inner.Length), context, InterpretMode.Enclosed);
        if (meaning is null)
        {
            return null;
        }

        var printed = CleanPhrase(folded.OriginalText(inner.Index, inner.Length));
        var (start, length) = folded.ToOriginal(paren.Index, paren.Length);
        (start, length) = TrimTrailingSpace(folded.Original, start, length);
        return new DeadlineMatch(new Deadline(meaning.Kind, meaning.Date, printed), start, length, "paren-" + meaning.Form);
    }

    private static DeadlineMatch? FindClause(FoldedText folded, DeadlineContext context)
    {
        var f = folded.Folded;
        var end = f.Length;
        while (end > 0 && (EdgeJunk.Contains(f[end - 1]) || TrailingPunctuation.Contains(f[end - 1])))
        {
            end--;
        }

        // The earliest cue that still reads as a whole deadline clause wins, so "; hoàn thành
        // trước ngày 15/8/2026" strips from the semicolon, not from "trước".
        foreach (Match start in DeadlinePatterns.ClauseStart().Matches(f))
        {
            var cue = start.Index;
            if (end - cue > MaxClauseLength || end <= cue)
            {
                continue;
            }

            var clause = f[cue..end];
            var labelled = DeadlinePatterns.LabelStart().IsMatch(clause);
            var meaning = DeadlineInterpreter.Interpret(clause, context, InterpretMode.Clause);
            if (meaning is null
                || (meaning.End >= 0 && clause.Length - meaning.End > MaxTailAfterPeriod)
                || (meaning.Start > start.Length && !IsConnectorGap(clause[start.Length..meaning.Start]))
                || (meaning.End < 0 && !labelled && clause.Length > MaxBareClauseLength && meaning.Form != "relative"))
            {
                continue;
            }

            // A cue that opens the paragraph is the task's own wording, not a deadline after it.
            if (!f.AsSpan(0, cue).ContainsAnyInRange('a', 'z'))
            {
                continue;
            }

            var cut = SeparatorStart(f, cue);
            if (cut < 0 && !DeadlinePatterns.StrongClauseStart().IsMatch(clause))
            {
                continue;
            }

            if (cut < 0)
            {
                cut = cue;
                while (cut > 0 && f[cut - 1] == ' ')
                {
                    cut--;
                }
            }

            var printed = CleanPhrase(folded.OriginalText(cue, end - cue));
            var (spanStart, length) = folded.ToOriginal(cut, f.Length - cut);
            (spanStart, length) = TrimTrailingSpace(folded.Original, spanStart, length);
            var rule = (labelled ? "label-" : "clause-") + meaning.Form;
            return new DeadlineMatch(new Deadline(meaning.Kind, meaning.Date, printed), spanStart, length, rule);
        }

        return null;
    }

    /// <summary>
    /// True when only connector words stand between the cue and the period: "hoàn thành trong quý
    /// II" is a deadline clause, "hoàn thành việc tổng kết trước ngày …" carries task content.
    /// </summary>
    private static bool IsConnectorGap(string gap)
    {
        var contentWords = 0;
        foreach (var word in gap.Split([' ', ',', ':', '-', '/', '(', ')'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!DeadlinePatterns.ConnectorWord().IsMatch(word) && ++contentWords > 1)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Index of the separator (and the white space before it) that opens the clause at <paramref name="cue"/>, or -1.</summary>
    private static int SeparatorStart(string f, int cue)
    {
        var i = cue;
        while (i > 0 && f[i - 1] is ' ' or '*' or '_')
        {
            i--;
        }

        if (i == 0)
        {
            return -1;
        }

        if (f[i - 1] is not (',' or ';' or ':' or '-' or '.'))
        {
            return -1;
        }

        // A full stop ends the task's sentence: keep it, strip only the clause after it.
        if (f[i - 1] == '.')
        {
            return i;
        }

        i--;
        while (i > 0 && f[i - 1] == ' ')
        {
            i--;
        }

        return i;
    }

    private static (int Start, int Length) TrimTrailingSpace(string text, int start, int length)
    {
        var end = start + length;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end - start);
    }

    /// <summary>The phrase as printed: NFC, trimmed, without surrounding brackets, emphasis marks or trailing ".;,".</summary>
    internal static string CleanPhrase(string phrase)
    {
        var text = VietnameseText.Nfc(phrase).Trim(EdgeChars).TrimEnd(TrailingChars);
        if (text.Length >= 2 && text[0] is '(' or '[' && text[^1] is ')' or ']')
        {
            text = text[1..^1].Trim(EdgeChars).TrimEnd(TrailingChars);
        }

        return text;
    }
}
