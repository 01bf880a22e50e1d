using System.Text.RegularExpressions;
using DocIngest.Extraction.Deadlines;

namespace DocIngest.Extraction.Parties;

/// <summary>The two assignment rules behind <see cref="PartyParser.FindAssignment"/>.</summary>
internal static class AssignmentFinder
{
    /// <summary>"(Đơn vị chủ trì: X; đơn vị phối hợp: Y)" or "… - Đơn vị chủ trì: X; …" at the end: stripped.</summary>
    public static AssignmentPhrase? FindLabelled(FoldedText text, PartyParser parser)
    {
        var f = text.Folded;
        var paren = DeadlinePatterns.TrailingParen().Match(f);
        if (paren.Success)
        {
            var inner = paren.Groups["inner"];
            if (Read(text, inner.Index, inner.Length, parser) is (var advisors, var partners))
            {
                var (start, length) = Trim(text.Original, text.ToOriginal(paren.Index, paren.Length));
                return new AssignmentPhrase(advisors, partners, start, length);
            }
        }

        foreach (Match clause in PartyPatterns.LabelledClauseStart().Matches(f))
        {
            var label = clause.Groups["label"];
            if (Read(text, label.Index, f.Length - label.Index, parser) is (var advisors, var partners))
            {
                var (start, length) = Trim(text.Original, text.ToOriginal(clause.Index, f.Length - clause.Index));
                return new AssignmentPhrase(advisors, partners, start, length);
            }
        }

        return null;
    }

    /// <summary>"(giao) X chủ trì, phối hợp với Y": stripped only when it is a trailing clause after ";" or " - ".</summary>
    public static AssignmentPhrase? FindInline(FoldedText text, PartyParser parser)
    {
        var f = text.Folded;
        foreach (Match m in PartyPatterns.InlineAssignment().Matches(f))
        {
            var a = m.Groups["a"];
            var (aStart, aLength) = text.ToOriginal(a.Index, a.Length);
            var lead = text.Original.Substring(aStart, aLength);

            // "Ban Thường vụ Tỉnh ủy giao Ban Tổ chức Tỉnh ủy chủ trì": the lead is after the last "giao".
            var giao = LastGiveVerb(text, a.Index, a.Value);
            if (giao >= 0)
            {
                var (cut, _) = text.ToOriginal(a.Index + giao + 5, 0);
                lead = text.Original[cut..(aStart + aLength)];
                aStart = cut;
            }

            if (!UnitSplitter.StartsLikeUnit(lead))
            {
                continue;
            }

            var advisors = parser.ParseUnits(lead);
            if (advisors.Count == 0)
            {
                continue;
            }

            var p = m.Groups["p"];
            var partners = p.Success ? parser.ParseUnits(text.OriginalText(p.Index, PartnersLength(text, p.Index, p.Length))) : [];
            var leadGroup = m.Groups["lead"].Value;
            var trailing = f[(m.Index + m.Length)..].Trim().Trim('.', ';', ',').Length == 0;
            if (trailing && (leadGroup.Contains(';') || leadGroup.Contains(" - ", StringComparison.Ordinal)))
            {
                var (start, length) = Trim(text.Original, text.ToOriginal(m.Index, f.Length - m.Index));
                return new AssignmentPhrase(advisors, partners, start, length);
            }

            return new AssignmentPhrase(advisors, partners, aStart, 0);
        }

        return null;
    }

    /// <summary>
    /// The partner list ends at the first task verb printed in lower case: "Phòng Tổ chức - Biên chế",
    /// "Ủy ban Kiểm tra" fold like the verbs "tổ chức", "kiểm tra" but are capitalised names.
    /// </summary>
    private static int PartnersLength(FoldedText text, int start, int length)
    {
        var from = start + length;
        foreach (Match verb in PartyPatterns.TaskVerb().Matches(text.Folded, from))
        {
            var wordStart = verb.Index + (verb.Length - verb.Value.TrimStart().Length);
            var (originalStart, _) = text.ToOriginal(Math.Min(wordStart, text.Folded.Length - 1), 1);
            var isName = wordStart < text.Folded.Length && verb.Value.Trim().Length > 0 && char.IsLetter(verb.Value.Trim()[0])
                && char.IsUpper(text.Original[originalStart]);
            if (!isName)
            {
                return verb.Index - start;
            }
        }

        return length;
    }

    /// <summary>
    /// Where the last verb "giao" starts inside the lead span, or -1. Only the plain lower-case word
    /// counts: "Phòng Giáo dục" folds to "giao" too but is part of the unit's name.
    /// </summary>
    private static int LastGiveVerb(FoldedText text, int spanStart, string foldedSpan)
    {
        for (var i = foldedSpan.LastIndexOf("giao ", StringComparison.Ordinal); i >= 0; i = i == 0 ? -1 : foldedSpan.LastIndexOf("giao ", i - 1, StringComparison.Ordinal))
        {
            var (start, length) = text.ToOriginal(spanStart + i, 4);
            if ((i == 0 || foldedSpan[i - 1] == ' ') && text.Original.AsSpan(start, length).SequenceEqual("giao"))
            {
                return i;
            }
        }

        return -1;
    }

    private static (IReadOnlyList<string> Advisors, IReadOnlyList<string> Partners)? Read(FoldedText text, int start, int length, PartyParser parser)
    {
        var inner = text.Folded.Substring(start, length).Trim(' ', '*', '_');
        var offset = text.Folded.IndexOf(inner, start, StringComparison.Ordinal);
        var m = PartyPatterns.LabelledAssignment().Match(inner);
        if (!m.Success)
        {
            return null;
        }

        var a = m.Groups["a"];
        var advisors = parser.ParseUnits(text.OriginalText(offset + a.Index, a.Length));
        if (advisors.Count == 0)
        {
            return null;
        }

        var p = m.Groups["p"];
        IReadOnlyList<string> partners = p.Success ? parser.ParseUnits(text.OriginalText(offset + p.Index, p.Length)) : [];
        return (advisors, partners);
    }

    private static (int Start, int Length) Trim(string original, (int Start, int Length) span)
    {
        var end = span.Start + span.Length;
        while (end > span.Start && char.IsWhiteSpace(original[end - 1]))
        {
            end--;
        }

        return (span.Start, end - span.Start);
    }
}
