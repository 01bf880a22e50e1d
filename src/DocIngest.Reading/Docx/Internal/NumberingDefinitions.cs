using System.Xml;

namespace DocIngest.Reading.Docx.Internal;

/// <summary>numbering.xml: abstract definitions and the w:num instances that point at them.</summary>
internal sealed class NumberingDefinitions
{
    private const int Levels = 9;
    private readonly Dictionary<int, AbstractNum> _abstracts = [];
    private readonly Dictionary<int, NumInstance> _instances = [];

    public static NumberingDefinitions Read(XmlReader reader)
    {
        var result = new NumberingDefinitions();
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || !WordXml.IsW(reader))
            {
                continue;
            }

            if (reader.LocalName == "abstractNum" && WordXml.IntAttr(reader, "abstractNumId") is { } abstractId)
            {
                result._abstracts.TryAdd(abstractId, ReadAbstract(reader));
            }
            else if (reader.LocalName == "num" && WordXml.IntAttr(reader, "numId") is { } numId)
            {
                result._instances.TryAdd(numId, ReadInstance(reader));
            }
        }

        return result;
    }

    /// <summary>
    /// The abstract definition a numId uses, after following w:numStyleLink through the numbering
    /// style; null for unknown ids.
    /// </summary>
    public (int AbstractId, NumInstance Instance)? Resolve(int numId, StyleSheet styles)
    {
        if (!_instances.TryGetValue(numId, out var instance))
        {
            return null;
        }

        var abstractId = instance.AbstractId;
        for (var hop = 0; hop < 4 && _abstracts.TryGetValue(abstractId, out var definition) && definition.StyleLink is { } link; hop++)
        {
            if (styles.NumberingStyleNumId(link) is not { } linkedNum ||
                !_instances.TryGetValue(linkedNum, out var linked) || linked.AbstractId == abstractId)
            {
                break;
            }

            abstractId = linked.AbstractId;
        }

        return _abstracts.ContainsKey(abstractId) ? (abstractId, instance) : null;
    }

    /// <summary>The level definition for a list: the instance's w:lvlOverride/w:lvl, else the abstract's.</summary>
    public NumberingLevel Level(int abstractId, NumInstance instance, int level) =>
        instance.LevelOverrides[level] ?? _abstracts[abstractId].Levels[level] ?? NumberingLevel.Empty;

    private static AbstractNum ReadAbstract(XmlReader reader)
    {
        var levels = new NumberingLevel?[Levels];
        string? styleLink = null;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (WordXml.NextChild(reader, depth))
            {
                if (WordXml.IsW(reader, "lvl") && WordXml.IntAttr(reader, "ilvl") is >= 0 and < Levels and var ilvl)
                {
                    levels[ilvl] = ReadLevel(reader);
                }
                else if (WordXml.IsW(reader, "numStyleLink"))
                {
                    styleLink = WordXml.Attr(reader);
                }
            }
        }

        return new AbstractNum(levels, styleLink);
    }

    private static NumInstance ReadInstance(XmlReader reader)
    {
        var abstractId = -1;
        var starts = new int?[Levels];
        var overrides = new NumberingLevel?[Levels];
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (WordXml.NextChild(reader, depth))
            {
                if (WordXml.IsW(reader, "abstractNumId"))
                {
                    abstractId = WordXml.IntAttr(reader) ?? -1;
                }
                else if (WordXml.IsW(reader, "lvlOverride") && WordXml.IntAttr(reader, "ilvl") is >= 0 and < Levels and var ilvl)
                {
                    ReadOverride(reader, ilvl, starts, overrides);
                }
            }
        }

        return new NumInstance(abstractId, starts, overrides);
    }

    private static void ReadOverride(XmlReader reader, int ilvl, int?[] starts, NumberingLevel?[] overrides)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        while (WordXml.NextChild(reader, depth))
        {
            if (WordXml.IsW(reader, "startOverride"))
            {
                starts[ilvl] = WordXml.IntAttr(reader);
            }
            else if (WordXml.IsW(reader, "lvl"))
            {
                overrides[ilvl] = ReadLevel(reader);
                starts[ilvl] ??= overrides[ilvl]!.Start;
            }
        }
    }

    private static NumberingLevel ReadLevel(XmlReader reader)
    {
        int start = 0;
        string format = "decimal", text = string.Empty;
        int? restart = null;
        var legal = false;
        string? font = null;
        if (!reader.IsEmptyElement)
        {
            var depth = reader.Depth;
            while (WordXml.NextChild(reader, depth))
            {
                if (!WordXml.IsW(reader))
                {
                    continue;
                }

                switch (reader.LocalName)
                {
                    case "start":
                        start = WordXml.IntAttr(reader) ?? 0;
                        break;
                    case "numFmt":
                        format = WordXml.Attr(reader) ?? "decimal";
                        break;
                    case "lvlText":
                        text = WordXml.Attr(reader) ?? string.Empty;
                        break;
                    case "lvlRestart":
                        restart = WordXml.IntAttr(reader);
                        break;
                    case "isLgl":
                        legal = WordXml.Toggle(reader);
                        break;
                    case "rPr":
                        font = RunProps.Read(reader, out _).Font;
                        break;
                }
            }
        }

        return new NumberingLevel(start, format, text, restart, legal, font);
    }

    private sealed record AbstractNum(NumberingLevel?[] Levels, string? StyleLink);
}
