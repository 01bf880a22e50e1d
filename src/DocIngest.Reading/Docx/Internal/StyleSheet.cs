using System.Globalization;
using System.Xml;

namespace DocIngest.Reading.Docx.Internal;

/// <summary>
/// styles.xml: document defaults and styles, with basedOn chains resolved once per style and cached
/// for the document.
/// </summary>
internal sealed class StyleSheet
{
    private const int MaxChain = 32;
    private readonly Dictionary<string, StyleDefinition> _styles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ParagraphStyle> _paragraphCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RunProps> _runCache = new(StringComparer.Ordinal);
    private string? _defaultParagraphStyle;
    private ParagraphStyle? _noStyle;

    /// <summary>Run properties of w:docDefaults.</summary>
    public RunProps Defaults { get; private set; }

    public static StyleSheet Read(XmlReader reader)
    {
        var sheet = new StyleSheet();
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || !WordXml.IsW(reader))
            {
                continue;
            }

            if (reader.LocalName == "rPrDefault")
            {
                sheet.ReadDefaults(reader);
            }
            else if (reader.LocalName == "style")
            {
                sheet.ReadStyle(reader);
            }
        }

        return sheet;
    }

    /// <summary>The resolved paragraph style by id; the default paragraph style when the id is null or unknown.</summary>
    public ParagraphStyle Paragraph(string? styleId)
    {
        styleId ??= _defaultParagraphStyle;
        if (styleId is null || !_styles.ContainsKey(styleId))
        {
            if (styleId is not null && _defaultParagraphStyle is not null && styleId != _defaultParagraphStyle)
            {
                return Paragraph(_defaultParagraphStyle);
            }

            return _noStyle ??= new ParagraphStyle(null, null, null, null, Defaults);
        }

        if (_paragraphCache.TryGetValue(styleId, out var cached))
        {
            return cached;
        }

        string? name = null;
        int? outline = null, numId = null, ilvl = null;
        var run = default(RunProps);
        var id = styleId;
        for (var i = 0; i < MaxChain && id is not null && _styles.TryGetValue(id, out var style); i++)
        {
            name ??= style.Name;
            outline ??= style.OutlineLevel;
            numId ??= style.NumberingId;
            ilvl ??= style.NumberingLevel;
            run = run.Over(style.Run);
            id = style.BasedOn;
        }

        var display = DisplayName(name ?? styleId);
        var heading = outline is >= 0 and <= 8 ? outline + 1 : BuiltInHeading(name);
        var resolved = new ParagraphStyle(display, heading, numId, ilvl, run.Over(Defaults));
        _paragraphCache[styleId] = resolved;
        return resolved;
    }

    /// <summary>Run properties of a character style chain (not including defaults); empty when unknown.</summary>
    public RunProps Character(string? styleId)
    {
        if (styleId is null)
        {
            return default;
        }

        if (_runCache.TryGetValue(styleId, out var cached))
        {
            return cached;
        }

        var run = default(RunProps);
        var id = styleId;
        for (var i = 0; i < MaxChain && id is not null && _styles.TryGetValue(id, out var style); i++)
        {
            run = run.Over(style.Run);
            id = style.BasedOn;
        }

        _runCache[styleId] = run;
        return run;
    }

    /// <summary>The numId a numbering style (w:type="numbering") points at, for w:numStyleLink.</summary>
    public int? NumberingStyleNumId(string styleId)
    {
        var id = styleId;
        for (var i = 0; i < MaxChain && id is not null && _styles.TryGetValue(id, out var style); i++)
        {
            if (style.NumberingId is { } numId)
            {
                return numId;
            }

            id = style.BasedOn;
        }

        return null;
    }

    private static int? BuiltInHeading(string? name)
    {
        if (name is null || name.Length != 9 || !name.StartsWith("heading ", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return name[8] is >= '1' and <= '9' ? name[8] - '0' : null;
    }

    // Word stores built-in names in lower case ("heading 1") and shows them title-cased.
    private static string DisplayName(string name) =>
        name.Length > 0 && char.IsLower(name[0]) ? CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name) : name;

    private void ReadDefaults(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return;
        }

        var depth = reader.Depth;
        while (WordXml.NextChild(reader, depth))
        {
            if (WordXml.IsW(reader, "rPr"))
            {
                Defaults = RunProps.Read(reader, out _);
            }
        }
    }

    private void ReadStyle(XmlReader reader)
    {
        var id = WordXml.Attr(reader, "styleId");
        var type = WordXml.Attr(reader, "type") ?? "paragraph";
        var isDefault = WordXml.Attr(reader, "default") is "1" or "true" or "on";
        if (id is null)
        {
            return;
        }

        var style = new StyleDefinition(id, type);
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
                    case "name":
                        style = style with { Name = WordXml.Attr(reader) };
                        break;
                    case "basedOn":
                        style = style with { BasedOn = WordXml.Attr(reader) };
                        break;
                    case "rPr":
                        style = style with { Run = RunProps.Read(reader, out _) };
                        break;
                    case "pPr":
                        style = ReadParagraphProps(reader, style);
                        break;
                }
            }
        }

        _styles.TryAdd(id, style);
        if (isDefault && type == "paragraph")
        {
            _defaultParagraphStyle ??= id;
        }
    }

    private static StyleDefinition ReadParagraphProps(XmlReader reader, StyleDefinition style)
    {
        if (reader.IsEmptyElement)
        {
            return style;
        }

        var depth = reader.Depth;
        while (WordXml.NextChild(reader, depth))
        {
            if (WordXml.IsW(reader, "outlineLvl"))
            {
                style = style with { OutlineLevel = WordXml.IntAttr(reader) };
            }
            else if (WordXml.IsW(reader, "numPr"))
            {
                var (numId, ilvl) = NumberingProps.Read(reader);
                style = style with { NumberingId = numId ?? style.NumberingId, NumberingLevel = ilvl ?? style.NumberingLevel };
            }
        }

        return style;
    }
}
