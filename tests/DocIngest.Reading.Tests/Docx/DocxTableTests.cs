using DocIngest.Core.Documents;
using static DocIngest.Reading.Tests.Docx.TestDocx;

namespace DocIngest.Reading.Tests.Docx;

public sealed class DocxTableTests
{
    private static string Tc(string content, string tcPr = "") =>
        $"<w:tc>{(tcPr.Length == 0 ? string.Empty : $"<w:tcPr>{tcPr}</w:tcPr>")}{content}</w:tc>";

    private static string Tr(string cells, string trPr = "") =>
        $"<w:tr>{(trPr.Length == 0 ? string.Empty : $"<w:trPr>{trPr}</w:trPr>")}{cells}</w:tr>";

    private static string Tbl(string rows) => $"<w:tbl><w:tblPr/><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>{rows}</w:tbl>";

    [Fact]
    public void Read_MergedCells_AppearOnceAtTopLeftWithSpans()
    {
        var table = Tbl(
            Tr(Tc(P("Đơn vị"), "<w:vMerge w:val=\"restart\"/>") + Tc(P("Thời gian"), "<w:gridSpan w:val=\"2\"/>"), "<w:tblHeader/>") +
            Tr(Tc(P(string.Empty), "<w:vMerge/>") + Tc(P("Bắt đầu")) + Tc(P("Kết thúc")), "<w:tblHeader/>") +
            Tr(Tc(P("Sở A")) + Tc(P("01/7")) + Tc(P("15/7"))) +
            Tr(Tc(P("Sở B"), "<w:gridSpan w:val=\"1\"/>") + Tc(P("Cả năm"), "<w:gridSpan w:val=\"2\"/><w:vMerge w:val=\"restart\"/>")) +
            Tr(Tc(P("Sở C")) + Tc(P(string.Empty), "<w:gridSpan w:val=\"2\"/><w:vMerge w:val=\"continue\"/>")));

        var model = new TestDocx(P("Trước") + table).Read();

        var block = model.Body[1].ShouldBeOfType<TableBlock>();
        block.Position.ShouldBe(BlockPosition.InBody(1));
        block.ColumnCount.ShouldBe(3);
        block.Rows.Select(r => r.IsHeader).ShouldBe([true, true, false, false, false]);
        block.Rows[0].Cells.Select(c => (c.Column, c.RowSpan, c.ColumnSpan, c.Text)).ShouldBe([(0, 2, 1, "Đơn vị"), (1, 1, 2, "Thời gian")]);
        block.Rows[1].Cells.Select(c => (c.Column, c.Text)).ShouldBe([(1, "Bắt đầu"), (2, "Kết thúc")]);
        block.Rows[3].Cells[1].ShouldBe(block.CellAt(4, 2));
        block.Rows[3].Cells[1].RowSpan.ShouldBe(2);
        block.Rows[3].Cells[1].ColumnSpan.ShouldBe(2);
        block.CellAt(1, 0)!.Text.ShouldBe("Đơn vị");
        block.Rows[2].Cells[2].Blocks[0].Position.ShouldBe(BlockPosition.InBody(1).InCell(2, 2, 0));
    }

    [Fact]
    public void Read_GridBefore_ShiftsTheRowsCells()
    {
        var table = Tbl(Tr(Tc(P("a")) + Tc(P("b")) + Tc(P("c"))) + Tr(Tc(P("x")), "<w:gridBefore w:val=\"2\"/>"));

        var block = new TestDocx(table).Read().Body.Single().ShouldBeOfType<TableBlock>();

        block.Rows[1].Cells.Single().Column.ShouldBe(2);
        block.CellAt(1, 2)!.Text.ShouldBe("x");
        block.CellAt(1, 0).ShouldBeNull();
    }

    [Fact]
    public void Read_NestedTable_StaysInsideItsCell()
    {
        var inner = Tbl(Tr(Tc(P("trong 1")) + Tc(P("trong 2"))));
        var table = Tbl(Tr(Tc(P("ngoài") + inner + P("sau"))));

        var model = new TestDocx(table).Read();

        var cell = model.Body.Single().ShouldBeOfType<TableBlock>().Rows[0].Cells[0];
        cell.Blocks.Count.ShouldBe(3);
        cell.Blocks[1].ShouldBeOfType<TableBlock>().Rows[0].Cells[1].Text.ShouldBe("trong 2");
        cell.Text.ShouldBe("ngoài\ntrong 1\ntrong 2\nsau");
        cell.Blocks[2].Position.ShouldBe(BlockPosition.InBody(0).InCell(0, 0, 2));
        model.BodyParagraphs().Select(p => p.Text).ShouldBe(["ngoài", "trong 1", "trong 2", "sau"]);
    }

    [Fact]
    public void Read_CellParagraphs_HaveCellPositionsAndListLabels()
    {
        var numbering = AbstractNum(1, Lvl(0, "decimal", "%1.")) + Num(1, 1);
        var table = Tbl(Tr(Tc(Li("một", 1) + Li("hai", 1))));

        var cell = new TestDocx(table) { Numbering = numbering }.Read().Body.Single().ShouldBeOfType<TableBlock>().Rows[0].Cells[0];

        cell.Paragraphs().Select(p => (p.ListLabel, p.Position.Paragraph)).ShouldBe([("1.", (int?)0), ("2.", (int?)1)]);
        cell.Text.ShouldBe("1. một\n2. hai");
    }

    [Fact]
    public void Read_DeletedRow_IsLeftOut()
    {
        var table = Tbl(Tr(Tc(P("giữ"))) + Tr(Tc(P("xoá")), "<w:del w:id=\"1\" w:author=\"A\"/>") + Tr(Tc(P("giữ 2"))));

        var block = new TestDocx(table).Read().Body.Single().ShouldBeOfType<TableBlock>();

        block.Rows.Select(r => r.Cells[0].Text).ShouldBe(["giữ", "giữ 2"]);
        block.Rows[1].Index.ShouldBe(1);
    }
}
