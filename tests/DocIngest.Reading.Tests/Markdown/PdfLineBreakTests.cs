using DocIngest.Core.Documents;
using static DocIngest.Reading.Tests.Markdown.MarkdownTestFiles;

namespace DocIngest.Reading.Tests.Markdown;

/// <summary>Text copied from a PDF breaks lines inside units (formats.md §9.10): the reader mends them.</summary>
public sealed class PdfLineBreakTests
{
    private const string Text =
        "BAN TỔ CHỨC TỈNH ỦY\n" +
        "\n" +
        "KẾ\n" +
        "HOẠCH\n" +
        "khắc phục hạn chế năm 2025\n" +
        "\n" +
        "I.\n" +
        "MỤC ĐÍCH, YÊU CẦU\n" +
        "\n" +
        "Khắc phục dứt điểm các hạn chế.\n" +
        "\n" +
        "a)\n" +
        "Rà soát hồ sơ cán bộ (Quý II/2026).\n" +
        "\n" +
        "2.\n" +
        "Kiện toàn chi bộ thôn (tháng 9/2026).\n";

    [Fact]
    public void Read_LabelAloneOnALine_JoinsTheTextThatFollows()
    {
        var paragraphs = ReadText(Text, name: "plan.txt").Paragraphs().ToList();

        var section = paragraphs.Single(p => p.Text == "MỤC ĐÍCH, YÊU CẦU");
        section.ListLabel.ShouldBe("I.");
        section.ListKind.ShouldBe(ListKind.UpperRoman);
        paragraphs.Single(p => p.Text.StartsWith("Rà soát", StringComparison.Ordinal)).ListLabel.ShouldBe("a)");
        paragraphs.Single(p => p.Text.StartsWith("Kiện toàn", StringComparison.Ordinal)).ListLabel.ShouldBe("2.");
    }

    [Fact]
    public void Read_KindWordBrokenAfterItsFirstSyllable_IsOneLine()
    {
        var texts = ReadText(Text, name: "plan.txt").Paragraphs().Select(p => p.Text).ToList();

        texts.ShouldContain("KẾ HOẠCH");
        texts.ShouldContain("khắc phục hạn chế năm 2025");
        texts.ShouldNotContain("KẾ");
    }
}
