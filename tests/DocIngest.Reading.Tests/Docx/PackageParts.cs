using System.IO.Compression;
using System.Text;

namespace DocIngest.Reading.Tests.Docx;

/// <summary>Hand-made Open Packaging zips, for structures the SDK would refuse to write.</summary>
internal static class PackageParts
{
    public const string ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    public const string RelsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    public const string OfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    public const string MainType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public static string ContentTypes(params (string Part, string Type)[] overrides) =>
        $"<Types xmlns=\"{ContentTypesNs}\">" +
        "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
        string.Concat(overrides.Select(o => $"<Override PartName=\"/{o.Part}\" ContentType=\"{o.Type}\"/>")) +
        "</Types>";

    public static string Relationships(params (string Id, string Type, string Target)[] relationships) =>
        $"<Relationships xmlns=\"{RelsNs}\">" +
        string.Concat(relationships.Select(r => $"<Relationship Id=\"{r.Id}\" Type=\"{r.Type}\" Target=\"{r.Target}\"/>")) +
        "</Relationships>";

    /// <summary>[Content_Types].xml, _rels/.rels and word/document.xml with the given content.</summary>
    public static List<(string Name, string Xml)> Minimal(string documentXml) =>
    [
        ("[Content_Types].xml", ContentTypes(("word/document.xml", MainType))),
        ("_rels/.rels", Relationships(("rId1", OfficeDocument, "word/document.xml"))),
        ("word/document.xml", documentXml),
    ];

    public static byte[] Zip(IEnumerable<(string Name, string Xml)> entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, xml) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(Encoding.UTF8.GetBytes(xml));
            }
        }

        return stream.ToArray();
    }
}
