using System.Text;
using DocIngest.Core.Documents;
using DocIngest.Core.Plans;
using DocIngest.Reading;
using DocIngest.Reading.Markdown;

namespace DocIngest.Extraction.Tests.Metadata;

/// <summary>Small hand-written documents run through the whole pipeline, for the document fields.</summary>
internal static class MetadataInputs
{
    /// <summary>Reads <paramref name="text"/> as a file named <paramref name="name"/> (.md or .txt) and extracts its fields.</summary>
    public static DocumentInfo FromText(string text, string name = "input.md")
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var model = new MarkdownDocumentReader(ReaderOptions.Default).Read(stream, name);
        return ExtractionPipeline.CreateDefault().Extract(model).Document;
    }

    public static DocumentInfo FromBlocks(params Block[] blocks) =>
        ExtractionPipeline.CreateDefault().Extract(new DocumentModel("input.docx", blocks)).Document;

    public static ParagraphBlock Paragraph(int index, string text, bool bold = false) =>
        new(BlockPosition.InBody(index), text) { Runs = [new TextRun(0, text.Length, bold ? RunFormatting.Bold : RunFormatting.None)] };

    /// <summary>A borderless layout table: each inner array is a row of cells, each cell's lines joined by soft breaks.</summary>
    public static TableBlock Table(int index, params string[][] rows)
    {
        var position = BlockPosition.InBody(index);
        var tableRows = rows.Select((cells, r) => new TableRow(r, cells.Select((text, c) =>
            new TableCell(r, c, 1, 1, [new ParagraphBlock(position.InCell(r, c, 0), text)])).ToList())).ToList();
        return new TableBlock(position, tableRows);
    }

    /// <summary>A body long enough for the layout rules to see a plan, with one task.</summary>
    public const string Body = """
        Thực hiện Kế hoạch số 61-KH/TU, ngày 15/4/2026 của Ban Thường vụ Tỉnh ủy, xây dựng Kế hoạch như sau:

        I. MỤC ĐÍCH, YÊU CẦU

        Khắc phục nghiêm túc các hạn chế, khuyết điểm đã được chỉ ra qua kiểm điểm.

        II. NHIỆM VỤ, GIẢI PHÁP

        1. Công tác cán bộ

        - Rà soát quy hoạch cán bộ (hoàn thành trong Quý II/2026).

        III. TỔ CHỨC THỰC HIỆN

        Các phòng căn cứ Kế hoạch tổ chức thực hiện, báo cáo kết quả về Văn phòng.
        """;
}
