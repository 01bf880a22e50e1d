using DocIngest.Core.Documents;
using static DocIngest.Reading.Tests.Docx.TestDocx;

namespace DocIngest.Reading.Tests.Docx;

public sealed class DocxHeaderFooterTests
{
    [Fact]
    public void Read_HeadersAndFooters_AreKeptApartFromTheBody()
    {
        var doc = new TestDocx(P("Thân"))
        {
            Headers = [P("UBND TỈNH") + P("Số: 12/KH"), P("Trang chẵn")],
            Footers = [$"<w:p><w:r><w:t xml:space=\"preserve\">Trang </w:t></w:r><w:fldSimple w:instr=\"PAGE\"><w:r><w:t>2</w:t></w:r></w:fldSimple></w:p>"],
        };

        var model = doc.Read();

        model.BodyParagraphs().Select(p => p.Text).ShouldBe(["Thân"]);
        model.Headers.Select(p => p.Text).ShouldBe(["UBND TỈNH", "Số: 12/KH", "Trang chẵn"]);
        model.Headers.Select(p => p.Position.Index).ShouldBe([0, 1, 2]);
        model.Headers.ShouldAllBe(p => p.Position.Part == DocumentPart.Header);
        model.Footers.Single().Text.ShouldBe("Trang 2");
        model.Footers.Single().Position.Part.ShouldBe(DocumentPart.Footer);
    }
}
