using DocIngest.Audit.Scoring;
using DocIngest.Core.Plans;
using static DocIngest.Audit.Tests.TestPlans;

namespace DocIngest.Audit.Tests.Scoring;

public sealed class DocumentFieldScoringTests
{
    private readonly PlanScorer _scorer = new();

    private static readonly DocumentInfo Gold = new()
    {
        Number = "15-KH/BTCTU",
        Kind = "Kế hoạch",
        Title = "khắc phục một số hạn chế, khuyết điểm của tập thể lãnh đạo Ban Tổ chức Tỉnh ủy năm 2025",
        Issuer = "Ban Tổ chức Tỉnh ủy",
        IssuedOn = new DateOnly(2026, 4, 20),
        Signer = new Party("Phạm Hữu Toàn", "K/T TRƯỞNG BAN"),
        References = [new("61-KH/TU", "Kế hoạch", null), new("35-NQ/TW", "Nghị quyết", null)],
        Recipients = ["Thường trực Tỉnh ủy", "Lãnh đạo Ban", "Lưu Văn phòng BTCTU"],
    };

    [Fact]
    public void Score_EquivalentSpellings_AllFieldsCorrect()
    {
        var predicted = Gold with
        {
            Number = "15 - KH/BTCTU",
            Kind = "KẾ HOẠCH",
            Issuer = "Ban Tổ chức Tỉnh uỷ",
            Signer = new Party("phạm hữu toàn", null),
            References = [new("35-NQ/TW", null, null), new("61 -KH/TU", null, null)],
            Recipients = ["Thường trực Tỉnh uỷ", "Lãnh đạo Ban", "Lưu: Văn phòng BTCTU"],
        };

        var score = _scorer.Score(WithDocument(Gold), WithDocument(predicted));

        score.Sheet.DocFieldMisses.ShouldBe(0);
        score.Sheet.References.ShouldBe(new Counts(2, 0, 0));
        score.Sheet.Recipients.ShouldBe(new Counts(3, 0, 0));
        score.Mismatches.ShouldBeEmpty();
    }

    [Fact]
    public void Score_SignerNullAndNameNull_AreEqual()
    {
        var gold = Gold with { Signer = null };
        var predicted = Gold with { Signer = new Party(null, "TM. BAN THƯỜNG VỤ") };

        _scorer.Score(WithDocument(gold), WithDocument(predicted)).Sheet.DocSignerName.ShouldBe(new Accuracy(1, 1));
    }

    [Fact]
    public void Score_IssuerAndTitleThresholds_AppliedAsContractSays()
    {
        // Issuer "Ban Tổ chức Tỉnh ủy" (5 tokens) vs "Ban Tổ chức" (3): sim = 6/8 = 0.75 < 0.8.
        // Title 20 tokens vs the same minus "năm 2025" (18): sim = 36/38 ≈ 0.947 ≥ 0.9.
        var predicted = Gold with
        {
            Issuer = "Ban Tổ chức",
            Title = "khắc phục một số hạn chế, khuyết điểm của tập thể lãnh đạo Ban Tổ chức Tỉnh ủy",
        };

        var score = _scorer.Score(WithDocument(Gold), WithDocument(predicted));

        score.Sheet.DocIssuer.ShouldBe(new Accuracy(0, 1));
        score.Sheet.DocTitle.ShouldBe(new Accuracy(1, 1));
        score.Mismatches.ShouldHaveSingleItem().ShouldBe(new Mismatch("document.issuer", "Ban Tổ chức Tỉnh ủy", "Ban Tổ chức"));
    }

    [Fact]
    public void Score_WrongFields_EachCountedAndReported()
    {
        var predicted = Gold with
        {
            Number = "16-KH/BTCTU",
            IssuedOn = new DateOnly(2026, 4, 21),
            Signer = null,
            References = [new("61-KH/TU", null, null), new("99-KH/TU", null, null), new("100-KH/TU", null, null)],
            Recipients = ["Thường trực Tỉnh ủy"],
        };

        var score = _scorer.Score(WithDocument(Gold), WithDocument(predicted));

        score.Sheet.DocFieldMisses.ShouldBe(3);
        score.Sheet.References.ShouldBe(new Counts(1, 2, 1));
        score.Sheet.Recipients.ShouldBe(new Counts(1, 0, 2));
        score.Mismatches.ShouldContain(new Mismatch("document.issued_on", "2026-04-20", "2026-04-21"));
        score.Mismatches.ShouldContain(new Mismatch("document.signer.name", "Phạm Hữu Toàn", "null"));
        score.Mismatches.ShouldContain(new Mismatch("reference.missed", "35-NQ/TW", null));
    }

    [Fact]
    public void ScoreFailure_EveryGoldItemIsAMissAndEveryFieldWrong()
    {
        var gold = WithDocument(Gold with { IssuedOn = null }) with
        {
            Groups =
            [
                Group("1", "nhóm một", Task("một"), Task("hai")) with { Weaknesses = ["hạn chế một", "hạn chế hai"] },
                Group("2", "nhóm hai", Task("ba")),
            ],
        };

        var score = _scorer.ScoreFailure(gold, "IOException: boom");

        score.Failed.ShouldBeTrue();
        score.Error.ShouldBe("IOException: boom");
        score.Sheet.Tasks.ShouldBe(new Counts(0, 0, 3));
        score.Sheet.StrictTasks.ShouldBe(new Counts(0, 0, 3));
        score.Sheet.Weaknesses.ShouldBe(new Counts(0, 0, 2));
        score.Sheet.Groups.ShouldBe(new Counts(0, 0, 2));
        score.Sheet.References.ShouldBe(new Counts(0, 0, 2));
        score.Sheet.Recipients.ShouldBe(new Counts(0, 0, 3));
        // Even issued_on, null in the gold, counts as wrong: nothing was read.
        score.Sheet.DocFieldMisses.ShouldBe(6);
        score.Sheet.StrictTasks.F1.ShouldBe(0);
        score.Mismatches[0].ShouldBe(new Mismatch("document.failed", null, "IOException: boom"));
    }

    [Fact]
    public void Score_NullPrediction_IsAFailure()
    {
        _scorer.Score(WithDocument(Gold), null).Failed.ShouldBeTrue();
    }
}
