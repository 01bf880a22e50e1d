using System.IO.Compression;
using System.Text;
using DocIngest.Core.Reading;
using DocIngest.Reading.Docx;
using DocIngest.Reading.Packaging;
using DocumentFormat.OpenXml.Packaging;
using static DocIngest.Reading.Tests.Docx.TestDocx;

namespace DocIngest.Reading.Tests.Docx;

public sealed class DocxBadInputTests
{
    private static readonly string BadFixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "bad");

    private static DocumentReadException ReadFails(byte[] bytes, ReaderOptions? options = null, string name = "ke-hoach.docx")
    {
        var reader = new DocxDocumentReader(options ?? ReaderOptions.Default);
        var error = Should.Throw<DocumentReadException>(() => reader.Read(new MemoryStream(bytes), name));
        error.FileName.ShouldBe(name);
        error.Message.ShouldStartWith(name + ": ");
        error.Remedy.ShouldNotBeNullOrWhiteSpace();
        return error;
    }

    private static byte[] Zip(params (string Name, byte[] Data)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, data) in entries)
            {
                using var entry = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
                entry.Write(data);
            }
        }

        return stream.ToArray();
    }

    [Fact]
    public void Read_ZeroBytes_IsEmptyFile()
    {
        ReadFails([]).Code.ShouldBe(ReadErrorCode.EmptyFile);
    }

    [Fact]
    public void Read_Word97Doc_IsLegacyWordBinaryWithSaveAsAdvice()
    {
        var error = ReadFails(File.ReadAllBytes(Path.Combine(BadFixtures, "legacy-word97.doc")), name: "Phuluc1.docx");

        error.Code.ShouldBe(ReadErrorCode.LegacyWordBinary);
        error.Message.ShouldContain("Word 97-2003");
        error.Remedy.ShouldContain("save as .docx");
    }

    [Fact]
    public void CompoundFile_RealDoc_ListsItsWordDocumentStream()
    {
        // Proves the directory walk works on a file Word wrote, not only on the hand-made one.
        var doc = File.ReadAllBytes(Path.Combine(BadFixtures, "legacy-word97.doc"));

        CompoundFile.HasEntry(doc, "WordDocument").ShouldBeTrue();
        CompoundFile.HasEntry(doc, "EncryptedPackage").ShouldBeFalse();
    }

    [Fact]
    public void Read_Ole2WithEncryptedPackage_IsEncryptedDocument()
    {
        var error = ReadFails(CompoundFileBuilder.Build("EncryptionInfo", "EncryptedPackage"));

        error.Code.ShouldBe(ReadErrorCode.EncryptedDocument);
        error.Message.ShouldContain("password-protected");
        error.Remedy.ShouldContain("File > Info > Protect Document");
    }

    [Fact]
    public void Read_Ole2WithoutEncryptedPackage_IsLegacyWordBinary()
    {
        ReadFails(CompoundFileBuilder.Build("WordDocument", "1Table")).Code.ShouldBe(ReadErrorCode.LegacyWordBinary);
    }

    [Fact]
    public void Read_PlainText_IsNotAZipPackage()
    {
        ReadFails(Encoding.UTF8.GetBytes("KẾ HOẠCH số 12")).Code.ShouldBe(ReadErrorCode.NotAZipPackage);
    }

    [Fact]
    public void Read_CutShortZip_IsTruncatedPackage()
    {
        var bytes = new TestDocx(P("Nội dung")).Build();

        ReadFails(bytes[..(bytes.Length / 2)]).Code.ShouldBe(ReadErrorCode.TruncatedPackage);
    }

    [Fact]
    public void Read_DamagedCompressedData_IsTruncatedPackage()
    {
        var bytes = Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes(new string('x', 5000))), ("word/document.xml", Encoding.UTF8.GetBytes(new string('y', 5000))));
        for (var i = 60; i < 120; i++)
        {
            bytes[i] ^= 0x5A;
        }

        ReadFails(bytes).Code.ShouldBeOneOf(ReadErrorCode.TruncatedPackage, ReadErrorCode.Corrupt);
    }

    [Fact]
    public void Read_ZipWithoutWordParts_IsNotAWordDocument()
    {
        ReadFails(Zip(("notes.txt", Encoding.UTF8.GetBytes("xin chào")))).Code.ShouldBe(ReadErrorCode.NotAWordDocument);
    }

    [Fact]
    public void Read_SpreadsheetPackage_IsNotAWordDocument()
    {
        using var stream = new MemoryStream();
        using (var workbook = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            workbook.AddWorkbookPart().Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook();
        }

        var error = ReadFails(stream.ToArray());

        error.Code.ShouldBe(ReadErrorCode.NotAWordDocument);
        error.Message.ShouldContain("spreadsheetml");
    }

    [Fact]
    public void Read_DocmRenamedToDocx_IsMacroEnabledDocument()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, DocumentFormat.OpenXml.WordprocessingDocumentType.MacroEnabledDocument))
        {
            document.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(
                new DocumentFormat.OpenXml.Wordprocessing.Body(new DocumentFormat.OpenXml.Wordprocessing.Paragraph()));
        }

        ReadFails(stream.ToArray()).Code.ShouldBe(ReadErrorCode.MacroEnabledDocument);
    }

    [Fact]
    public void Read_HighlyCompressedEntry_IsDecompressionBomb()
    {
        var docx = new TestDocx(P("Nhỏ")).Build();
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            using var entry = zip.CreateEntry("word/media/zeros.bin", CompressionLevel.Optimal).Open();
            entry.Write(new byte[3 * 1024 * 1024]);
        }

        var error = ReadFails(stream.ToArray());

        error.Code.ShouldBe(ReadErrorCode.DecompressionBomb);
        error.Message.ShouldContain("zeros.bin");
    }

    [Fact]
    public void Read_EntryLargerThanLimit_IsDecompressionBomb()
    {
        var body = string.Concat(Enumerable.Repeat(P("Một đoạn văn bản khá dài để vượt giới hạn."), 200));
        var bytes = new TestDocx(body).Build();

        ReadFails(bytes, new ReaderOptions { MaxEntryBytes = 4096 }).Code.ShouldBe(ReadErrorCode.DecompressionBomb);
        ReadFails(bytes, new ReaderOptions { MaxPackageBytes = 8192 }).Code.ShouldBe(ReadErrorCode.DecompressionBomb);
    }

    [Fact]
    public void Read_HeaderUnderstatingSize_IsCaughtWhileInflating()
    {
        // The central directory and local header claim 100 bytes; the data inflates to 200,000.
        var bytes = Zip(("[Content_Types].xml", Encoding.ASCII.GetBytes("<Types/>")), ("word/document.xml", new byte[200_000]));
        PatchUncompressedSize(bytes, "word/document.xml", 100);

        // Over the limit by its real size: a bomb, though its header is under the limit.
        ReadFails(bytes, new ReaderOptions { MaxEntryBytes = 50_000 }).Code.ShouldBe(ReadErrorCode.DecompressionBomb);

        // Within the limits the disagreement is damage.
        var lie = ReadFails(bytes);
        lie.Code.ShouldBe(ReadErrorCode.TruncatedPackage);
        lie.Message.ShouldContain("declares 100");
    }

    [Fact]
    public void Read_Doctype_IsXmlTooComplex()
    {
        var bytes = Zip(
            ("[Content_Types].xml", Encoding.UTF8.GetBytes("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>")),
            ("word/document.xml", Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>" +
                $"<w:document {Namespaces}><w:body><w:p><w:r><w:t>&lol2;</w:t></w:r></w:p></w:body></w:document>")));

        ReadFails(bytes).Code.ShouldBe(ReadErrorCode.XmlTooComplex);
    }

    [Fact]
    public void Read_DeeplyNestedTables_IsXmlTooComplexNotAStackOverflow()
    {
        const int depth = 3000;
        var open = string.Concat(Enumerable.Repeat("<w:tbl><w:tr><w:tc>", depth));
        var close = string.Concat(Enumerable.Repeat("<w:p/></w:tc></w:tr></w:tbl>", depth));

        ReadFails(new TestDocx(open + P("đáy") + close).Build()).Code.ShouldBe(ReadErrorCode.XmlTooComplex);
    }

    [Fact]
    public void Read_NestedTablesWithinLimit_AreRead()
    {
        const int depth = 20;
        var open = string.Concat(Enumerable.Repeat("<w:tbl><w:tr><w:tc>", depth));
        var close = string.Concat(Enumerable.Repeat("</w:tc></w:tr></w:tbl>", depth));

        new TestDocx(open + P("đáy") + close).Read().BodyParagraphs().Single().Text.ShouldBe("đáy");
    }

    [Fact]
    public void Read_ParagraphLongerThanLimit_IsTooLarge()
    {
        var bytes = new TestDocx(P(new string('a', 50))).Build();

        var error = ReadFails(bytes, new ReaderOptions { MaxParagraphChars = 20 });

        error.Code.ShouldBe(ReadErrorCode.TooLarge);
        error.Message.ShouldContain("20");
    }

    [Fact]
    public void Read_MalformedDocumentXml_IsCorrupt()
    {
        // A complete package around the broken part: the SDK needs the relationship to find word/document.xml.
        var bytes = PackageParts.Zip(PackageParts.Minimal($"<w:document {Namespaces}><w:body><w:p><w:r><w:t>dở dang</w:body>"));

        var error = ReadFails(bytes);
        error.Code.ShouldBe(ReadErrorCode.Corrupt);
        error.Message.ShouldContain("word/document.xml");
    }

    [Fact]
    public void Read_RandomlyDamagedPackages_OnlyEverThrowDocumentReadException()
    {
        var original = new TestDocx(P("Đoạn một") + Li("Hai", 1) + P("Ba")) { Numbering = AbstractNum(1, Lvl(0, "decimal", "%1.")) + Num(1, 1) }.Build();
        var random = new Random(20261125);
        var reader = new DocxDocumentReader(ReaderOptions.Default);
        var outcomes = new Dictionary<string, int>();
        for (var round = 0; round < 300; round++)
        {
            var bytes = (byte[])original.Clone();
            for (var k = 0; k < 1 + (round % 8); k++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            string outcome;
            try
            {
                reader.Read(new MemoryStream(bytes), "fuzz.docx");
                outcome = "ok";
            }
            catch (DocumentReadException ex)
            {
                outcome = ex.Code.ToString();
            }

            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        outcomes.Keys.ShouldContain("ok");
        outcomes.Keys.Count.ShouldBeGreaterThan(1);
    }

    private static void PatchUncompressedSize(byte[] zip, string entryName, uint size)
    {
        var name = Encoding.ASCII.GetBytes(entryName);
        for (var i = 0; i + 46 < zip.Length; i++)
        {
            var local = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4;
            var central = zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2;
            var nameOffset = local ? 30 : central ? 46 : -1;
            var sizeOffset = local ? 22 : 24;
            if (nameOffset > 0 && zip.AsSpan(i + nameOffset).StartsWith(name))
            {
                BitConverter.TryWriteBytes(zip.AsSpan(i + sizeOffset, 4), size);
            }
        }
    }
}
