using DocIngest.Core.Documents;
using DocIngest.Core.Plans;
using DocIngest.Extraction.Ml;
using DocIngest.Extraction.Tests.Acceptance;
using DocIngest.Reading;

namespace DocIngest.Extraction.Tests.Ml;

public sealed class BlockAlignerTests
{
    private static readonly string SeedDirectory = RepositoryFiles.Path("corpus", "seed");

    [Fact]
    public void Align_Seed_GivesHandCheckedRoles()
    {
        // Given: the seed as received; roles below were read off the document by hand.
        var gold = PlanJson.Deserialize(File.ReadAllText(Path.Combine(SeedDirectory, "000_1391606a0847e6e9.gold.json")));
        var model = DocumentReaderRegistry.CreateDefault().ReadFile(Path.Combine(SeedDirectory, "000_1391606a0847e6e9.txt"));
        var blocks = BlockFeatures.Enumerate(model);

        // When
        var alignment = BlockAligner.Align(gold, blocks);

        // Then
        var roles = blocks.Select((b, i) => (b.Position, Role: alignment.Roles[i])).ToDictionary(x => x.Position, x => x.Role);
        roles["body[1]"].ShouldBe(BlockRole.DocumentNumber);      // Số 15-KH/BTCTU
        roles["body[2]"].ShouldBe(BlockRole.Kind);                // KẾ HOẠCH
        roles["body[3]"].ShouldBe(BlockRole.Title);
        roles["body[4]"].ShouldBe(BlockRole.Other);               // the opening paragraph
        roles["body[5]"].ShouldBe(BlockRole.SectionHeading);      // I. MỤC ĐÍCH, YÊU CẦU
        roles["body[11]"].ShouldBe(BlockRole.GroupHeading);       // 1. Nhóm khuyết điểm … công tác cán bộ
        roles["body[12]"].ShouldBe(BlockRole.Other);              // * Giải pháp thực hiện:
        roles["body[13]"].ShouldBe(BlockRole.Task);               // task with "(thực hiện thường xuyên)"
        roles["body[17]"].ShouldBe(BlockRole.OwnerLine);          // Phân công theo dõi, chỉ đạo: Đồng chí Tôn Thiện Đồng …
        roles["body[18]"].ShouldBe(BlockRole.AdvisorLine);        // Tham mưu: Phòng Tổ chức - Cán bộ.
        roles["body[35]"].ShouldBe(BlockRole.Task);               // "Giải pháp thực hiện: Phối hợp …" inline task
        roles["body[38]"].ShouldBe(BlockRole.DeadlineLine);       // Thời gian thực hiện: Thực hiện thường xuyên.
        roles["body[43]"].ShouldBe(BlockRole.SectionHeading);     // III. TỔ CHỨC THỰC HIỆN
        roles["body[47]"].ShouldBe(BlockRole.Recipients);         // Nơi nhận:
        roles["body[48]"].ShouldBe(BlockRole.Recipients);         // - Thường trực Tỉnh ủy (báo cáo),
        roles["body[53]"].ShouldBe(BlockRole.Signature);          // Phạm Hữu Toàn
        roles["footnote:1[0]"].ShouldBe(BlockRole.Weakness);
        roles["footnote:3[0]"].ShouldBe(BlockRole.Weakness);      // "(1) …; (2) …": two gold weaknesses in one note
        alignment.Unaligned.ShouldBeEmpty();
    }

    [Fact]
    public void Align_DeadlineInsideTaskParagraph_TaskWinsTheBlock()
    {
        // Given: a task paragraph carrying its deadline; the deadline is also a gold string.
        var gold = new PlanRecord
        {
            Source = "t.txt",
            Document = DocumentInfo.Empty,
            Groups =
            [
                new TaskGroup
                {
                    Title = "Nhóm khuyết điểm về công tác cán bộ",
                    Tasks =
                    [
                        new PlanTask { Text = "Rà soát quy hoạch cán bộ", Deadline = new Deadline(DeadlineKind.Due, new DateOnly(2026, 6, 30), "quý II/2026") },
                    ],
                },
            ],
        };
        var model = new DocumentModel("t.txt",
        [
            new ParagraphBlock(BlockPosition.InBody(0), "Nhóm khuyết điểm về công tác cán bộ"),
            new ParagraphBlock(BlockPosition.InBody(1), "- Rà soát quy hoạch cán bộ (quý II/2026)."),
            new ParagraphBlock(BlockPosition.InBody(2), "Thời hạn: quý II/2026"),
        ]);

        // When
        var alignment = BlockAligner.Align(gold, BlockFeatures.Enumerate(model));

        // Then
        alignment.Roles.ShouldBe([BlockRole.GroupHeading, BlockRole.Task, BlockRole.DeadlineLine]);
    }
}
