using System.Text;
using DocIngest.Core.Reading;
using DocIngest.Reading.Docx;
using DocIngest.Reading.Packaging;
using static DocIngest.Reading.Tests.Docx.PackageParts;
using static DocIngest.Reading.Tests.Docx.TestDocx;

namespace DocIngest.Reading.Tests.Docx;

/// <summary>Packages that pass the byte-level guard but that the OpenXml SDK finds wrong when it opens them.</summary>
public sealed class DocxPackageStructureTests
{
    private const string RelBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
    private static readonly string Body = $"<w:document {Namespaces}><w:body>{P("Nội dung")}</w:body></w:document>";

    private static DocumentReadException ReadFails(byte[] bytes)
    {
        var error = Should.Throw<DocumentReadException>(() => new DocxDocumentReader(ReaderOptions.Default).Read(new MemoryStream(bytes), "ke-hoach.docx"));
        error.Message.ShouldStartWith("ke-hoach.docx: ");
        error.Remedy.ShouldNotBeNullOrWhiteSpace();
        return error;
    }

    private static Core.Documents.DocumentModel Read(byte[] bytes) =>
        new DocxDocumentReader(ReaderOptions.Default).Read(new MemoryStream(bytes), "ke-hoach.docx");

    [Fact]
    public void Read_MinimalHandMadePackage_IsRead()
    {
        // Proves the helper builds a package the reader accepts, so the failures below come from the one change each makes.
        Read(Zip(Minimal(Body))).BodyParagraphs().Single().Text.ShouldBe("Nội dung");
    }

    [Fact]
    public void Read_DocumentXmlWithoutPackageRelationship_IsNotAWordDocument()
    {
        var parts = Minimal(Body);
        parts.RemoveAll(p => p.Name == "_rels/.rels");

        var error = ReadFails(Zip(parts));

        error.Code.ShouldBe(ReadErrorCode.NotAWordDocument);
        error.Message.ShouldContain("no main document part is registered");
    }

    [Fact]
    public void Read_ContentTypesWithoutRelsDefault_IsNotAWordDocument()
    {
        // System.IO.Packaging cannot see _rels/.rels without this registration, so the SDK finds no
        // main part. The hand-written reader read such files; the message says what is missing.
        var parts = Minimal(Body);
        parts[0] = ("[Content_Types].xml", parts[0].Xml.Replace("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>", string.Empty, StringComparison.Ordinal));
        parts[0].Xml.ShouldNotContain("Extension=\"rels\"");

        var error = ReadFails(Zip(parts));

        error.Code.ShouldBe(ReadErrorCode.NotAWordDocument);
        error.Message.ShouldContain("[Content_Types].xml");
    }

    [Fact]
    public void Read_MalformedPackageRelationships_IsCorruptNamingTheRelsPart()
    {
        var parts = Minimal(Body);
        parts[1] = ("_rels/.rels", "<Relationships><");

        var error = ReadFails(Zip(parts));

        error.Code.ShouldBe(ReadErrorCode.Corrupt);
        error.Message.ShouldContain(".rels");
        error.InnerException.ShouldBeOfType<System.Xml.XmlException>();
    }

    [Fact]
    public void Read_MalformedContentTypes_IsCorrupt()
    {
        var parts = Minimal(Body);
        parts[0] = ("[Content_Types].xml", "<Types");

        ReadFails(Zip(parts)).Code.ShouldBe(ReadErrorCode.Corrupt);
    }

    [Fact]
    public void Read_StylesPartWithWrongContentType_IsCorruptNotARawSdkException()
    {
        var parts = Minimal(Body);
        parts.Add(("word/_rels/document.xml.rels", Relationships(("rId1", RelBase + "styles", "styles.xml"))));
        parts.Add(("word/styles.xml", $"<w:styles {Namespaces}/>"));

        var error = ReadFails(Zip(parts));

        error.Code.ShouldBe(ReadErrorCode.Corrupt);
        error.Message.ShouldContain("styles.xml");
        error.InnerException.ShouldBeOfType<DocumentFormat.OpenXml.Packaging.OpenXmlPackageException>();
    }

    [Fact]
    public void Read_RelationshipToMissingFooter_IsCorruptWithRepairAdvice()
    {
        var parts = Minimal(Body);
        parts.Add(("word/_rels/document.xml.rels", Relationships(("rId1", RelBase + "footer", "footer9.xml"))));

        var error = ReadFails(Zip(parts));

        error.Code.ShouldBe(ReadErrorCode.Corrupt);
        error.Message.ShouldContain("part");
        error.Remedy.ShouldContain("repair");
    }

    [Fact]
    public void Read_DoctypeInRelationshipsPart_IsXmlTooComplexBeforeTheSdkParsesIt()
    {
        var parts = Minimal(Body);
        parts[1] = ("_rels/.rels", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x \"x\">]>" + parts[1].Xml);

        var error = ReadFails(Zip(parts));

        error.Code.ShouldBe(ReadErrorCode.XmlTooComplex);
        error.Message.ShouldContain("_rels/.rels");
    }

    [Fact]
    public void Read_VbaProjectInPlainDocxPackage_IsMacroEnabledDocument()
    {
        var parts = Minimal(Body);
        parts.Add(("word/vbaProject.bin", "not really a macro project"));

        ReadFails(Zip(parts)).Code.ShouldBe(ReadErrorCode.MacroEnabledDocument);
    }

    [Fact]
    public void Read_WordTemplate_IsRead()
    {
        var parts = Minimal(Body);
        parts[0] = ("[Content_Types].xml", ContentTypes(("word/document.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml")));

        Read(Zip(parts)).BodyParagraphs().Single().Text.ShouldBe("Nội dung");
    }

    [Fact]
    public void Read_StrictRelationshipTypes_AreFollowed()
    {
        var parts = Minimal(Body);
        parts[1] = ("_rels/.rels", Relationships(("rId1", "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument", "word/document.xml")));

        Read(Zip(parts)).BodyParagraphs().Single().Text.ShouldBe("Nội dung");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(64)]
    public void DoctypeScanner_MarkerSplitAcrossChunks_IsFound(int chunkSize)
    {
        var xml = Encoding.ASCII.GetBytes("<?xml version=\"1.0\"?>\n<!DOCTYPE x><x/>");
        var scanner = new DoctypeScanner();
        for (var i = 0; i < xml.Length; i += chunkSize)
        {
            scanner.Scan(xml.AsSpan(i, Math.Min(chunkSize, xml.Length - i)));
        }

        scanner.Found.ShouldBeTrue();
    }

    [Fact]
    public void DoctypeScanner_OrdinaryWordXml_FindsNothing()
    {
        var scanner = new DoctypeScanner();
        foreach (var chunk in Encoding.UTF8.GetBytes(Body).Chunk(7))
        {
            scanner.Scan(chunk);
        }

        scanner.Found.ShouldBeFalse();
    }
}
