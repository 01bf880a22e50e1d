using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocIngest.CorpusGenerator;

/// <summary>Collects list instances while a document is written and emits numbering.xml at the end.</summary>
internal sealed class NumberingBuilder
{
    private readonly List<(int NumId, ListKind Kind)> _instances = [];

    public bool IsEmpty => _instances.Count == 0;

    /// <summary>A new list instance that restarts at 1.</summary>
    public int NewList(ListKind kind)
    {
        var numId = _instances.Count + 1;
        _instances.Add((numId, kind));
        return numId;
    }

    public Numbering Build()
    {
        // Each list gets its own abstractNum: Word keeps one running counter per abstractNum, so two
        // w:num sharing one continue each other once both have been used (a startOverride restarts
        // only on a num's first use). Group headings interleaved with task lists of the same kind
        // would otherwise print 1, 8, 5 … instead of 1, 2, 3.
        var numbering = new Numbering();
        foreach (var (numId, kind) in _instances)
        {
            numbering.Append(Abstract(kind, numId));
        }

        foreach (var (numId, _) in _instances)
        {
            var instance = new NumberingInstance(new AbstractNumId { Val = numId }) { NumberID = numId };
            instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 });
            numbering.Append(instance);
        }

        return numbering;
    }

    private static AbstractNum Abstract(ListKind kind, int abstractId)
    {
        var abstractNum = new AbstractNum(new MultiLevelType { Val = MultiLevelValues.HybridMultilevel }) { AbstractNumberId = abstractId };
        if (kind == ListKind.MultiLevel)
        {
            abstractNum.Append(
                Level(0, NumberFormatValues.UpperRoman, "%1."),
                Level(1, NumberFormatValues.Decimal, "%2."),
                Level(2, NumberFormatValues.LowerLetter, "%3)"));
            return abstractNum;
        }

        var (format, text) = kind switch
        {
            ListKind.Decimal => (NumberFormatValues.Decimal, "%1."),
            ListKind.LowerLetter => (NumberFormatValues.LowerLetter, "%1)"),
            ListKind.UpperRoman => (NumberFormatValues.UpperRoman, "%1."),
            _ => (NumberFormatValues.Bullet, "\u2013"),
        };
        abstractNum.Append(Level(0, format, text));
        return abstractNum;
    }

    private static Level Level(int index, NumberFormatValues format, string text) =>
        new(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = format },
            new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = (360 * (index + 1)).ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = "360" }))
        {
            LevelIndex = index,
        };
}
