using System.Text.Json.Nodes;
using DocIngest.Audit.Corpus;
using DocIngest.Core.Plans;

namespace DocIngest.Audit.Tests.Corpus;

public sealed class CorpusVerifierTests : IDisposable
{
    private const string GoldName = "p/plan.gold.json";
    private readonly TempCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void Verify_HandWrittenGold_NoProblems()
    {
        // The fixture exercises every allowed difference: spaced number, upper-case kind, title and
        // signer title over two lines, old tone placement, an en dash in the advisor.
        var result = Verify(VerifierFixture.Gold());

        result.Problems.ShouldBeEmpty(string.Join("\n", result.Problems));
        result.GoldFiles.ShouldBe(1);
        result.DocumentsChecked.ShouldBe(1);
        result.HasErrors.ShouldBeFalse();
    }

    [Fact]
    public void Verify_GoldMissingARequiredProperty_SchemaError()
    {
        Write(VerifierFixture.Gold());
        var node = JsonNode.Parse(File.ReadAllText(_corpus.Path(GoldName)))!.AsObject();
        node.Remove("sections");
        node["groups"]![0]!.AsObject().Remove("weaknesses");
        File.WriteAllText(_corpus.Path(GoldName), node.ToJsonString());

        var result = CorpusVerifier.CreateDefault().Verify(_corpus.Root);

        var errors = Errors(result);
        errors.ShouldContain(p => p.Field == "(record)" && p.Message.StartsWith("schema:", StringComparison.Ordinal) && p.Message.Contains("sections"));
        errors.ShouldContain(p => p.Field == "groups[0]" && p.Message.Contains("weaknesses"));
        errors.ShouldAllBe(p => p.File == GoldName);
    }

    [Fact]
    public void Verify_TaskTextWithATypo_ErrorNamingTheField()
    {
        var result = Verify(VerifierFixture.WithTask(0, t => t with { Text = "Rà soát, bổ xung quy hoạch cán bộ" }));

        var error = Errors(result).ShouldHaveSingleItem();
        error.ToString().ShouldBe("p/plan.gold.json: groups[0].tasks[0].text: 'Rà soát, bổ xung quy hoạch cán bộ' is not in the document's text");
    }

    [Fact]
    public void Verify_StringsNotInTheDocument_OneErrorEach()
    {
        var gold = VerifierFixture.Gold();
        gold = gold with
        {
            Document = gold.Document with
            {
                Number = "90-KH/BTCTU",
                Kind = "Chương trình",
                Title = "khắc phục hạn chế, khuyết điểm sau tự phê bình năm 2025",
                Signer = new Party("Tôn Thiện Đông", "K/T TRƯỞNG BAN PHÓ TRƯỞNG BAN"),
            },
            Groups = [gold.Groups[0] with { Advisors = ["Văn phòng Ban"], Weaknesses = ["Chậm kiện toàn cán bộ"] }],
        };

        var result = Verify(gold);

        Errors(result).Select(p => p.Field).Order(StringComparer.Ordinal).ShouldBe(
        [
            "document.kind", "document.number", "document.signer.name", "document.title", "groups[0].advisors[0]", "groups[0].weaknesses[0]",
        ]);
    }

    [Fact]
    public void Verify_IssuerWordsMissing_WarningOnly()
    {
        var gold = VerifierFixture.Gold();

        var result = Verify(gold with { Document = gold.Document with { Issuer = "Ban Tuyên giáo Tỉnh ủy" } });

        result.HasErrors.ShouldBeFalse();
        var warning = result.Problems.ShouldHaveSingleItem();
        warning.Field.ShouldBe("document.issuer");
        warning.Message.ShouldContain("'tuyên'");
        warning.Message.ShouldContain("'giáo'");
    }

    [Fact]
    public void Verify_DueMonthNotOnItsLastDay_Error()
    {
        var result = Verify(VerifierFixture.WithTask(0, t => t with { Deadline = t.Deadline with { Date = VerifierFixture.Date("2026-07-30") } }));

        var error = Errors(result).ShouldHaveSingleItem();
        error.Field.ShouldBe("groups[0].tasks[0].deadline.date");
        error.Message.ShouldContain("last day");
    }

    [Fact]
    public void Verify_RecurringWithADate_Error()
    {
        var result = Verify(VerifierFixture.WithTask(1, t => t with { Deadline = t.Deadline with { Date = VerifierFixture.Date("2026-12-31") } }));

        var error = Errors(result).ShouldHaveSingleItem();
        error.Field.ShouldBe("groups[0].tasks[1].deadline.date");
        error.Message.ShouldContain("recurring");
    }

    [Fact]
    public void Verify_NoneWithAText_Error()
    {
        var result = Verify(VerifierFixture.WithTask(1, t => t with { Deadline = t.Deadline with { Kind = DeadlineKind.None } }));

        var error = Errors(result).ShouldHaveSingleItem();
        error.Field.ShouldBe("groups[0].tasks[1].deadline.text");
        error.Message.ShouldContain("none");
    }

    [Fact]
    public void Verify_WrongQuarterEndDate_WarningFromTheNormaliserNotAnError()
    {
        // 2026-09-30 is a quarter's last day, just not Quý II's: the period rule holds, the
        // normaliser disagrees, and the normaliser is not the judge.
        var result = Verify(VerifierFixture.WithTask(2, t => t with { Deadline = t.Deadline with { Date = VerifierFixture.Date("2026-09-30") } }));

        result.HasErrors.ShouldBeFalse();
        var warning = result.Problems.ShouldHaveSingleItem();
        warning.Field.ShouldBe("groups[0].tasks[2].deadline");
        warning.Message.ShouldContain("due 2026-06-30");
    }

    [Fact]
    public void Verify_ManifestNamesAMissingFile_ErrorOnItsLine()
    {
        Write(VerifierFixture.Gold());
        _corpus.Write("p/manifest.tsv", "name\tsplit\tclasses\nplan.md\ttest\ttask-dash\nghost.docx\tdev\t\n");

        var result = CorpusVerifier.CreateDefault().Verify(_corpus.Root);

        var error = Errors(result).ShouldHaveSingleItem();
        error.File.ShouldBe("p/manifest.tsv");
        error.Field.ShouldBe("line 3");
        error.Message.ShouldContain("ghost.docx");
    }

    [Fact]
    public void Verify_DocumentMissingFromTheManifest_Warning()
    {
        Write(VerifierFixture.Gold());
        _corpus.Write("p/other.md", VerifierFixture.Text);
        File.WriteAllText(_corpus.Path("p/other.gold.json"), PlanJson.Serialize(VerifierFixture.Gold() with { Source = "other.md" }));
        _corpus.Write("p/manifest.tsv", "name\tsplit\tclasses\nplan.md\ttest\ttask-dash\n");

        var result = CorpusVerifier.CreateDefault().Verify(_corpus.Root);

        result.HasErrors.ShouldBeFalse();
        result.Problems.ShouldHaveSingleItem().File.ShouldBe("p/other.md");
    }

    [Fact]
    public void Verify_DocumentThatCannotBeRead_Error()
    {
        Write(VerifierFixture.Gold() with { Source = "plan.docx" });
        File.Delete(_corpus.Path("p/plan.md"));
        _corpus.Write("p/plan.docx", "not a zip package");

        var result = CorpusVerifier.CreateDefault().Verify(_corpus.Root);

        var error = Errors(result).ShouldHaveSingleItem();
        error.Field.ShouldBe("source");
        result.DocumentsChecked.ShouldBe(0);
    }

    private CorpusVerification Verify(PlanRecord gold)
    {
        Write(gold);
        return CorpusVerifier.CreateDefault().Verify(_corpus.Root);
    }

    private void Write(PlanRecord gold)
    {
        _corpus.Write("p/" + VerifierFixture.DocumentName, VerifierFixture.Text);
        File.WriteAllText(_corpus.Path(GoldName), PlanJson.Serialize(gold));
    }

    private static List<VerificationProblem> Errors(CorpusVerification result) => result.Problems.Where(p => p.IsError).ToList();
}
