using System.Text;
using DocIngest.Core.Documents;
using DocIngest.Reading.Docx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace DocIngest.Reading.Tests.Docx;

/// <summary>
/// Builds a real .docx with the OpenXml SDK from WordprocessingML fragments (body content, styles,
/// numbering, notes, headers), so each test states exactly the markup it reads.
/// </summary>
internal sealed class TestDocx
{
    public const string Namespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " +
        "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" " +
        "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" " +
        "xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\" " +
        "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\" " +
        "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" " +
        "xmlns:v=\"urn:schemas-microsoft-com:vml\" " +
        "xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" " +
        "mc:Ignorable=\"w14\"";

    public TestDocx(string body) => Body = body;

    public string Body { get; }

    public string? Styles { get; init; }

    public string? Numbering { get; init; }

    public string? Footnotes { get; init; }

    public string? Endnotes { get; init; }

    public string? Settings { get; init; }

    public IReadOnlyList<string> Headers { get; init; } = [];

    public IReadOnlyList<string> Footers { get; init; } = [];

    /// <summary>A paragraph with one plain run.</summary>
    public static string P(string text, string? pPr = null) =>
        $"<w:p>{(pPr is null ? string.Empty : $"<w:pPr>{pPr}</w:pPr>")}<w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>";

    /// <summary>A paragraph in list <paramref name="numId"/> at <paramref name="ilvl"/>.</summary>
    public static string Li(string text, int numId, int ilvl = 0) =>
        P(text, $"<w:numPr><w:ilvl w:val=\"{ilvl}\"/><w:numId w:val=\"{numId}\"/></w:numPr>");

    /// <summary>A w:lvl element.</summary>
    public static string Lvl(int ilvl, string format, string text, int start = 1, string extra = "") =>
        $"<w:lvl w:ilvl=\"{ilvl}\"><w:start w:val=\"{start}\"/><w:numFmt w:val=\"{format}\"/>{extra}<w:lvlText w:val=\"{text}\"/></w:lvl>";

    public static string AbstractNum(int id, params string[] levels) =>
        $"<w:abstractNum w:abstractNumId=\"{id}\">{string.Concat(levels)}</w:abstractNum>";

    public static string Num(int numId, int abstractId, string overrides = "") =>
        $"<w:num w:numId=\"{numId}\"><w:abstractNumId w:val=\"{abstractId}\"/>{overrides}</w:num>";

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            Feed(main, $"<w:document {Namespaces}><w:body>{Body}<w:sectPr/></w:body></w:document>");
            if (Styles is not null)
            {
                Feed(main.AddNewPart<StyleDefinitionsPart>(), $"<w:styles {Namespaces}>{Styles}</w:styles>");
            }

            if (Numbering is not null)
            {
                Feed(main.AddNewPart<NumberingDefinitionsPart>(), $"<w:numbering {Namespaces}>{Numbering}</w:numbering>");
            }

            if (Footnotes is not null)
            {
                Feed(main.AddNewPart<FootnotesPart>(), $"<w:footnotes {Namespaces}>{Footnotes}</w:footnotes>");
            }

            if (Endnotes is not null)
            {
                Feed(main.AddNewPart<EndnotesPart>(), $"<w:endnotes {Namespaces}>{Endnotes}</w:endnotes>");
            }

            if (Settings is not null)
            {
                Feed(main.AddNewPart<DocumentSettingsPart>(), $"<w:settings {Namespaces}>{Settings}</w:settings>");
            }

            foreach (var header in Headers)
            {
                Feed(main.AddNewPart<HeaderPart>(), $"<w:hdr {Namespaces}>{header}</w:hdr>");
            }

            foreach (var footer in Footers)
            {
                Feed(main.AddNewPart<FooterPart>(), $"<w:ftr {Namespaces}>{footer}</w:ftr>");
            }
        }

        return stream.ToArray();
    }

    public DocumentModel Read(ReaderOptions? options = null) =>
        new DocxDocumentReader(options ?? ReaderOptions.Default).Read(new MemoryStream(Build()), "test.docx");

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var data = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(data);
    }
}
