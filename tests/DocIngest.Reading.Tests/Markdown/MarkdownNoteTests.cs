using DocIngest.Core.Documents;
using static DocIngest.Reading.Tests.Markdown.MarkdownTestFiles;

namespace DocIngest.Reading.Tests.Markdown;

/// <summary>Markdown footnotes and the superscript notes of PDF exports.</summary>
public sealed class MarkdownNoteTests
{
    [Fact]
    public void Read_MarkdownFootnote_BecomesNoteAndReference()
    {
        var model = ReadText("Đề án[^1] mới.\n\n[^1]: Chưa đạt *yêu cầu*.");
        var p = model.Paragraphs().ShouldHaveSingleItem();
        p.Text.ShouldBe("Đề án mới.");
        p.NoteReferences.ShouldBe([new NoteReference(NoteKind.Footnote, "1", 5)]);
        var note = model.Notes.ShouldHaveSingleItem();
        (note.Kind, note.Id, note.Text).ShouldBe((NoteKind.Footnote, "1", "Chưa đạt yêu cầu."));
        note.Paragraphs[0].RunTexts(RunFormatting.Italic).ShouldBe(["yêu cầu"]);
        note.Paragraphs[0].Position.ShouldBe(new BlockPosition(DocumentPart.Footnote, 0, "1"));
    }

    [Fact]
    public void Read_SuperscriptNoteBetweenParagraphs_IsMovedOutAndSentenceRejoined()
    {
        var model = ReadText("- Tham mưu công tác cán bộ² theo mô hình chính quyền địa phương 02\n\n² Ghi chú về cán bộ.\n\ncấp, đảm bảo tinh gọn.");
        var p = model.Paragraphs().ShouldHaveSingleItem();
        p.ListLabel.ShouldBe("-");
        p.Text.ShouldBe("Tham mưu công tác cán bộ theo mô hình chính quyền địa phương 02 cấp, đảm bảo tinh gọn.");
        p.NoteReferences.ShouldBe([new NoteReference(NoteKind.Footnote, "2", 24)]);
        model.Notes.ShouldHaveSingleItem().Text.ShouldBe("Ghi chú về cán bộ.");
    }

    [Fact]
    public void Read_HyphenCutByNote_RejoinsWithoutSpace()
    {
        var model = ReadText("Thực hiện Nghị quyết số 35-\n\n¹ Ghi chú.\n\nNQ/TW về đấu tranh.\n\nCâu có mốc¹.");
        model.Paragraphs()[0].Text.ShouldBe("Thực hiện Nghị quyết số 35-NQ/TW về đấu tranh.");
    }

    [Fact]
    public void Read_NoteAfterFinishedSentence_DoesNotRejoin()
    {
        var model = ReadText("Hoàn thành trong Quý II/2026.\n\n¹ Ghi chú.\n\nnội dung tiếp theo viết thường.\n\nMốc¹ ở đây.");
        model.Paragraphs().Select(x => x.Text).ShouldBe(["Hoàn thành trong Quý II/2026.", "nội dung tiếp theo viết thường.", "Mốc ở đây."]);
    }

    [Fact]
    public void Read_NextParagraphStartsUpperCase_DoesNotRejoin()
    {
        var model = ReadText("Nhóm khuyết điểm về cán bộ¹\n\n¹ Ghi chú.\n\nGiải pháp thực hiện:");
        model.Paragraphs().Select(x => x.Text).ShouldBe(["Nhóm khuyết điểm về cán bộ", "Giải pháp thực hiện:"]);
    }

    [Fact]
    public void Read_LonePageNumber_IsDroppedAndSentenceRejoined()
    {
        var model = ReadText("Phối hợp với các cơ quan\n\n12\n\ncó liên quan để tham mưu.");
        model.Paragraphs().ShouldHaveSingleItem().Text.ShouldBe("Phối hợp với các cơ quan có liên quan để tham mưu.");
    }

    [Fact]
    public void Read_DashedPageNumber_IsDroppedAndSentenceRejoined()
    {
        var model = ReadText("Phối hợp với các cơ quan\n\n- 3 -\n\ncó liên quan.");
        model.Paragraphs().ShouldHaveSingleItem().Text.ShouldBe("Phối hợp với các cơ quan có liên quan.");
    }

    [Fact]
    public void Read_MarkBetweenLetterAndCombiningMark_TextStaysNfc()
    {
        // "e" + "¹" + combining circumflex: NFC cannot compose across the mark; once the mark is
        // cut out the reader must compose "ê".
        var model = ReadText("Vie¹\u0302t\n\n¹ Ghi chú.");
        var p = model.Paragraphs().Single();
        p.Text.ShouldBe("Viêt");
        p.Text.IsNormalized(System.Text.NormalizationForm.FormC).ShouldBeTrue();
        p.NoteReferences.ShouldBe([new NoteReference(NoteKind.Footnote, "1", 3)]);
    }

    [Fact]
    public void Read_MultiDigitMark_GivesNumberIdAndKeepsMark()
    {
        var model = ReadText("Đề án¹⁰ mới.\n\n¹⁰ Ghi chú mười.");
        model.Paragraphs().Single().NoteReferences.ShouldBe([new NoteReference(NoteKind.Footnote, "10", 5)]);
        var note = model.Notes.Single();
        (note.Id, note.Mark, note.Text).ShouldBe(("10", "¹⁰", "Ghi chú mười."));
    }

    [Fact]
    public void Read_SuperscriptUnitOrUnknownNumber_StaysText()
    {
        var model = ReadText("Diện tích 200 m² đất², nước³.\n\n² Ghi chú.");
        var p = model.Paragraphs().Single();
        p.Text.ShouldBe("Diện tích 200 m² đất, nước³.");
        p.NoteReferences.ShouldBe([new NoteReference(NoteKind.Footnote, "2", 20)]);
    }
}
