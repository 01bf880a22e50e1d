using System.Text;
using DocIngest.Core.Reading;

namespace DocIngest.Reading.Tests;

public sealed class LookAlikeScriptsTests
{
    private static readonly DocumentReaderRegistry Readers = DocumentReaderRegistry.CreateDefault();

    private static Core.Documents.DocumentModel Read(string text, string name = "plan.txt") =>
        Readers.Read(new MemoryStream(Encoding.UTF8.GetBytes(text)), name);

    [Fact]
    public void Read_TextObfuscatedWithCyrillicAndLaoLookAlikes_IsRefusedWithTheReason()
    {
        // As copied from a document-sharing site: "NGHIÊN cứu chuyên đề …" with look-alike letters.
        const string text = """
            KẾ HOẠCH

            ПǤҺIÊП ເứu ເҺuɣêп đề ѵề ເôпǥ ƚáເ ƚổ ເҺứເ ເáп ьộ.

            - Rà soát ເҺuɣêп đề (Quý II/2026).
            """;

        var error = Should.Throw<DocumentReadException>(() => Read(text));

        error.Code.ShouldBe(ReadErrorCode.ObfuscatedText);
        error.FileName.ShouldBe("plan.txt");
        error.Problem.ShouldContain("'ПǤҺIÊП'");
        error.Remedy.ShouldContain("original file");
    }

    [Fact]
    public void Read_PlanQuotingAWordInAnotherScript_IsRead()
    {
        // A whole foreign word is not obfuscation; only words mixing scripts are.
        const string text = """
            KẾ HOẠCH

            Hợp tác với Đại học Tổng hợp Москва trong đào tạo cán bộ; trao đổi với đối tác ở Ελλάδα.

            - Cử 02 cán bộ đi học (Quý III/2026).
            """;

        Read(text).BodyParagraphs().ShouldNotBeEmpty();
    }

    [Fact]
    public void Read_OneStrayLookAlikeLetterInALongPlan_IsRead()
    {
        // A single pasted glyph is a typo, not an obfuscated document.
        var lines = Enumerable.Range(1, 40).Select(i => $"- Rà soát hồ sơ cán bộ đợt {i} theo quy định của Ban Tổ chức (Quý II/2026).");
        var text = "KẾ HOẠCH\n\nMột lỗi gõ: ѕoát.\n\n" + string.Join("\n", lines);

        Read(text).BodyParagraphs().Count().ShouldBeGreaterThan(10);
    }
}
