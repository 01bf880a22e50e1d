using System.Xml;

namespace DocIngest.Reading.Packaging;

/// <summary>
/// A checked Word package: the inflated XML parts (already measured against the limits) and the
/// main document part name. Reading relationships needs no System.IO.Packaging.
/// </summary>
internal sealed class WordPackage(string sourceName, Dictionary<string, byte[]> parts, string mainPart)
{
    private const string RelsNs = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>The file name given to the reader.</summary>
    public string SourceName { get; } = sourceName;

    /// <summary>The main document part, e.g. <c>word/document.xml</c>.</summary>
    public string MainPart { get; } = mainPart;

    /// <summary>The inflated bytes of an XML part, or null when the package has none.</summary>
    public byte[]? GetPart(string name) => parts.GetValueOrDefault(name.TrimStart('/'));

    /// <summary>The relationships of a part (from its <c>_rels/*.rels</c>), in file order.</summary>
    public IReadOnlyList<PartRelationship> RelationshipsOf(string partName)
    {
        var slash = partName.LastIndexOf('/');
        var folder = slash < 0 ? string.Empty : partName[..(slash + 1)];
        var relsName = $"{folder}_rels/{partName[(slash + 1)..]}.rels";
        var bytes = GetPart(relsName);
        if (bytes is null)
        {
            return [];
        }

        var result = new List<PartRelationship>();
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), SafeXml.Settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.NamespaceURI == RelsNs)
                {
                    var id = reader.GetAttribute("Id") ?? string.Empty;
                    var type = reader.GetAttribute("Type") ?? string.Empty;
                    var target = reader.GetAttribute("Target") ?? string.Empty;
                    var external = string.Equals(reader.GetAttribute("TargetMode"), "External", StringComparison.OrdinalIgnoreCase);
                    result.Add(new PartRelationship(id, type, external ? target : Resolve(folder, target), external));
                }
            }
        }
        catch (XmlException ex)
        {
            throw PackageErrors.Corrupt(SourceName, relsName, ex);
        }

        return result;
    }

    /// <summary>Resolves a relative part URI against a folder (<c>word/</c> + <c>../customXml/a.xml</c>).</summary>
    internal static string Resolve(string folder, string target)
    {
        target = Uri.UnescapeDataString(target.Replace('\\', '/'));
        var path = target.StartsWith('/') ? target[1..] : folder + target;
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment == "..")
            {
                if (segments.Count > 0)
                {
                    segments.RemoveAt(segments.Count - 1);
                }
            }
            else if (segment.Length > 0 && segment != ".")
            {
                segments.Add(segment);
            }
        }

        return string.Join('/', segments);
    }
}
