using System.Globalization;
using System.Text;
using DocIngest.Core.Documents;

namespace DocIngest.Reading.Docx.Internal;

/// <summary>
/// Word's list counters for one document. Counters belong to the abstract definition, so w:num
/// instances sharing one continue each other (as Word does); a w:num with w:startOverride (or a
/// w:lvl override with its own start) restarts an overridden level the first time that level is
/// used through it. Using a level resets the deeper levels
/// (subject to w:lvlRestart).
/// </summary>
internal sealed class ListNumberer(NumberingDefinitions definitions, StyleSheet styles)
{
    private const int Levels = 9;
    private readonly Dictionary<int, int?[]> _counters = [];
    private readonly HashSet<(int NumId, int Level)> _seenLevels = [];
    private readonly HashSet<int> _unknown = [];

    /// <summary>numIds that paragraphs used but numbering.xml does not define.</summary>
    public IReadOnlyCollection<int> UnknownIds => _unknown;

    /// <summary>Counts one paragraph of list <paramref name="numId"/> at <paramref name="level"/> and returns its label.</summary>
    public ListLabel? Next(int numId, int level)
    {
        if (numId == 0)
        {
            return null;
        }

        if (definitions.Resolve(numId, styles) is not var (abstractId, instance))
        {
            _unknown.Add(numId);
            return null;
        }

        level = Math.Clamp(level, 0, Levels - 1);
        if (!_counters.TryGetValue(abstractId, out var counters))
        {
            counters = new int?[Levels];
            _counters[abstractId] = counters;
        }

        // An override's start takes effect the first time its level is used through that w:num: a
        // new instance whose first paragraph is at level 1 restarts level 1, not the level-0
        // counter its sibling instance is still counting ("1. … ◦ … ◦ … 2.").
        if (_seenLevels.Add((numId, level)) && instance.StartOverrides[level] is not null)
        {
            counters[level] = null;
        }

        counters[level] = counters[level] is { } current ? current + 1 : Start(abstractId, instance, level);
        for (var deeper = level + 1; deeper < Levels; deeper++)
        {
            var threshold = definitions.Level(abstractId, instance, deeper).Restart ?? deeper;
            if (level < threshold)
            {
                counters[deeper] = null;
            }
        }

        var definition = definitions.Level(abstractId, instance, level);
        var kind = NumberFormatter.Kind(definition.Format);
        var text = kind == ListKind.Bullet
            ? SymbolFonts.Map(definition.Text, definition.Font)
            : Render(abstractId, instance, level, definition, counters);
        text = text.Trim();

        // A level that prints nothing (numFmt "none", empty lvlText: LibreOffice's outline numbering
        // on headings) is not a list on the page.
        return text.Length == 0 ? null : new ListLabel(text.Normalize(NormalizationForm.FormC), level, kind);
    }

    private string Render(int abstractId, NumInstance instance, int level, NumberingLevel definition, int?[] counters)
    {
        var pattern = definition.Text;
        if (pattern.IndexOf('%') < 0)
        {
            return pattern;
        }

        var builder = new StringBuilder(pattern.Length + 8);
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '%' && i + 1 < pattern.Length && pattern[i + 1] is >= '1' and <= '9')
            {
                var referenced = pattern[i + 1] - '1';
                var value = counters[referenced] ?? Start(abstractId, instance, referenced);
                var format = definitions.Level(abstractId, instance, referenced).Format;
                if (definition.Legal && referenced < level)
                {
                    format = "decimal";
                }

                builder.Append(format == "bullet" ? value.ToString(CultureInfo.InvariantCulture) : NumberFormatter.Format(value, format));
                i++;
            }
            else
            {
                builder.Append(pattern[i]);
            }
        }

        return builder.ToString();
    }

    private int Start(int abstractId, NumInstance instance, int level) =>
        instance.StartOverrides[level] ?? definitions.Level(abstractId, instance, level).Start;
}
