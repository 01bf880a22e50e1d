using System.Text;
using DocIngest.Reading.Docx.Internal;

namespace DocIngest.Reading.Tests.Docx;

public sealed class StyleSheetTests
{
    private static StyleSheet Sheet(string styles) =>
        StyleSheet.Read(System.Xml.XmlReader.Create(new MemoryStream(Encoding.UTF8.GetBytes($"<w:styles {TestDocx.Namespaces}>{styles}</w:styles>"))));

    [Fact]
    public void Paragraph_FontForLegacyDecoding_ComesFromStyleChainThenDefaults()
    {
        // The font a run's text is decoded with: direct rFonts, else the style chain, else docDefaults.
        var sheet = Sheet(
            "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\"/></w:rPr></w:rPrDefault></w:docDefaults>" +
            "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"Cu\"><w:name w:val=\"Cũ\"/><w:basedOn w:val=\"Normal\"/><w:rPr><w:rFonts w:hAnsi=\".VnTime\"/></w:rPr></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"CuDam\"><w:name w:val=\"Cũ đậm\"/><w:basedOn w:val=\"Cu\"/><w:rPr><w:b/></w:rPr></w:style>" +
            "<w:style w:type=\"character\" w:styleId=\"Vni\"><w:name w:val=\"VNI\"/><w:rPr><w:rFonts w:ascii=\"VNI-Times\"/></w:rPr></w:style>");

        sheet.Paragraph(null).Run.Font.ShouldBe("Times New Roman");
        sheet.Paragraph("CuDam").Run.Font.ShouldBe(".VnTime");
        sheet.Paragraph("CuDam").Run.Bold.ShouldBe(true);
        sheet.Paragraph("Unknown").Run.Font.ShouldBe("Times New Roman");
        sheet.Character("Vni").Over(sheet.Paragraph("CuDam").Run).Font.ShouldBe("VNI-Times");
    }

    [Fact]
    public void Paragraph_CyclicBasedOn_DoesNotHang()
    {
        var sheet = Sheet(
            "<w:style w:type=\"paragraph\" w:styleId=\"A\"><w:name w:val=\"A\"/><w:basedOn w:val=\"B\"/></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"B\"><w:name w:val=\"B\"/><w:basedOn w:val=\"A\"/><w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr></w:style>");

        sheet.Paragraph("A").HeadingLevel.ShouldBe(2);
    }
}
