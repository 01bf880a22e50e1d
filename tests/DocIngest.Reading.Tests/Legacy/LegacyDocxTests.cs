using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocIngest.Reading.Tests.Legacy;

public sealed class LegacyDocxTests
{
    [Fact]
    public void DecodedParagraphs_HandTypedLegacyRuns_GiveUnicode()
    {
        using var stream = new MemoryStream();
        WriteRaw(stream,
        [
            [(".VnTimeH", "céng hoµ x· héi chñ nghÜa viÖt nam")],
            [("VNI-Times", "Ñoäc laäp - Töï do - Haïnh phuùc")],
            [(".VnTime", "Céng hßa x· héi chñ nghÜa "), ("Times New Roman", "Việt Nam")],
            [("Times New Roman", "Số 12-KH/ĐU, "), ("VNI-Times", "ngaøy 05 thaùng 3 naêm 2026")],
            [(".VnTime", "Tr\u00ADêng "), (".VnArialH", "kÕ ho¹ch "), ("VNI-Helve", "Vieät Nam")],
        ]);
        stream.Position = 0;

        var paragraphs = LegacyDocxText.DecodedParagraphs(stream);

        paragraphs.ShouldBe(
        [
            "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Cộng hòa xã hội chủ nghĩa Việt Nam",
            "Số 12-KH/ĐU, ngày 05 tháng 3 năm 2026",
            "Trường KẾ HOẠCH Việt Nam",
        ]);
    }

    [Fact]
    public void DecodedParagraphs_SymbolAreaRunText_DecodesLikeLatin1()
    {
        using var stream = new MemoryStream();
        var shifted = new string("KÕ ho¹ch".Select(c => (char)(c + 0xF000)).ToArray());
        WriteRaw(stream, [[(".VnTime", shifted)]]);
        stream.Position = 0;

        LegacyDocxText.DecodedParagraphs(stream).ShouldBe(["Kế hoạch"]);
    }

    [Fact]
    public void DecodedParagraphs_BuilderDocument_RoundTripsEveryFont()
    {
        var paragraphs = LegacySourceParser.Parse(
            "[cb]{tcvn3h}ĐẢNG BỘ TỈNH QUẢNG TRỊ\n"
            + "{tcvn3}Thực hiện {vni}Nghị quyết số 05-NQ/ĐU {uni}của Đảng ủy xã.\n");
        using var stream = new MemoryStream();
        LegacyDocxBuilder.Write(stream, paragraphs);
        stream.Position = 0;

        var runs = LegacyDocxText.Paragraphs(stream);
        stream.Position = 0;
        var decoded = LegacyDocxText.DecodedParagraphs(stream);

        runs[0].ShouldHaveSingleItem().ShouldBe((".VnTimeH", "®¶ng bé tØnh qu¶ng trÞ"));
        runs[1].Select(r => r.Font).ShouldBe([".VnTime", "VNI-Times", "Times New Roman"]);
        runs[1][0].Text.ShouldBe("Thùc hiÖn ");
        runs[1][1].Text.ShouldBe("Nghò quyeát soá 05-NQ/ÑU ");
        decoded.ShouldBe(["ĐẢNG BỘ TỈNH QUẢNG TRỊ", "Thực hiện Nghị quyết số 05-NQ/ĐU của Đảng ủy xã."]);
    }

    private static void WriteRaw(Stream stream, IReadOnlyList<IReadOnlyList<(string Font, string Text)>> paragraphs)
    {
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        foreach (var runs in paragraphs)
        {
            var paragraph = new Paragraph();
            foreach (var (font, text) in runs)
            {
                paragraph.Append(new Run(
                    new RunProperties(new RunFonts { Ascii = font, HighAnsi = font }),
                    new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
            }

            body.Append(paragraph);
        }

        main.Document = new Document(body);
        main.Document.Save();
    }
}
