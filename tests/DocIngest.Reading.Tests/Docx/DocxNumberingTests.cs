using DocIngest.Core.Documents;
using static DocIngest.Reading.Tests.Docx.TestDocx;

namespace DocIngest.Reading.Tests.Docx;

public sealed class DocxNumberingTests
{
    private static string[] Labels(DocumentModel model) => model.BodyParagraphs().Select(p => p.ListLabel ?? "-").ToArray();

    [Fact]
    public void Read_NumberFormats_PrintLabelsAsWordDoes()
    {
        var numbering = string.Concat(
            AbstractNum(1, Lvl(0, "decimal", "%1.")),
            AbstractNum(2, Lvl(0, "decimalZero", "%1.")),
            AbstractNum(3, Lvl(0, "upperRoman", "%1.")),
            AbstractNum(4, Lvl(0, "lowerRoman", "(%1)")),
            AbstractNum(5, Lvl(0, "upperLetter", "%1.")),
            AbstractNum(6, Lvl(0, "lowerLetter", "%1)")),
            Num(1, 1), Num(2, 2), Num(3, 3), Num(4, 4), Num(5, 5), Num(6, 6));
        var body = string.Concat(
            Li("a", 1), Li("b", 1),
            Li("c", 2),
            Li("d", 3), Li("e", 3), Li("f", 3), Li("g", 3),
            Li("h", 4), Li("i", 4),
            Li("j", 5), Li("k", 5),
            Li("l", 6), Li("m", 6));

        var model = new TestDocx(body) { Numbering = numbering }.Read();

        Labels(model).ShouldBe(["1.", "2.", "01.", "I.", "II.", "III.", "IV.", "(i)", "(ii)", "A.", "B.", "a)", "b)"]);
        var kinds = model.BodyParagraphs().Select(p => p.ListKind).Distinct().ToArray();
        kinds.ShouldBe([ListKind.Decimal, ListKind.UpperRoman, ListKind.LowerRoman, ListKind.UpperLetter, ListKind.LowerLetter]);
        model.BodyParagraphs().First().Text.ShouldBe("a");
        model.BodyParagraphs().First().DisplayText.ShouldBe("1. a");
    }

    [Fact]
    public void Read_LettersPastZ_RepeatTheLetter()
    {
        var model = new TestDocx(Li("x", 1)) { Numbering = AbstractNum(1, Lvl(0, "lowerLetter", "%1)", start: 28)) + Num(1, 1) }.Read();

        Labels(model).ShouldBe(["bb)"]);
    }

    [Fact]
    public void Read_SymbolBullets_MapPrivateUseCharacters()
    {
        var symbolFont = "<w:rPr><w:rFonts w:ascii=\"Symbol\" w:hAnsi=\"Symbol\"/></w:rPr>";
        var numbering = string.Concat(
            AbstractNum(1, Lvl(0, "bullet", "\uF0B7", extra: string.Empty).Replace("</w:lvl>", symbolFont + "</w:lvl>")),
            AbstractNum(2, Lvl(0, "bullet", "\uF02D")),
            AbstractNum(3, Lvl(0, "bullet", "–")),
            Num(1, 1), Num(2, 2), Num(3, 3));

        var model = new TestDocx(Li("a", 1) + Li("b", 2) + Li("c", 3)) { Numbering = numbering }.Read();

        Labels(model).ShouldBe(["•", "-", "–"]);
        model.BodyParagraphs().ShouldAllBe(p => p.ListKind == ListKind.Bullet && p.ListLevel == 0);
    }

    [Fact]
    public void Read_MultiLevel_ComposesLevelsAndResetsDeeperOnes()
    {
        var numbering = AbstractNum(1,
                Lvl(0, "decimal", "%1."),
                Lvl(1, "decimal", "%1.%2."),
                Lvl(2, "lowerLetter", "%3)")) + Num(1, 1);
        var body = string.Concat(
            Li("a", 1), Li("a1", 1, 1), Li("a1x", 1, 2), Li("a1y", 1, 2), Li("a2", 1, 1),
            Li("b", 1), Li("b1", 1, 1), Li("b1x", 1, 2));

        var model = new TestDocx(body) { Numbering = numbering }.Read();

        Labels(model).ShouldBe(["1.", "1.1.", "a)", "b)", "1.2.", "2.", "2.1.", "a)"]);
        model.BodyParagraphs().Select(p => p.ListLevel).ShouldBe([0, 1, 2, 2, 1, 0, 1, 2]);
    }

    [Fact]
    public void Read_StartValues_AreHonoured()
    {
        var model = new TestDocx(Li("a", 1) + Li("b", 1)) { Numbering = AbstractNum(1, Lvl(0, "upperRoman", "%1.", start: 2)) + Num(1, 1) }.Read();

        Labels(model).ShouldBe(["II.", "III."]);
    }

    [Fact]
    public void Read_SecondNumOnSameAbstract_ContinuesUnlessStartOverride()
    {
        // Word: instances of one abstract list share counters; a startOverride restarts.
        var numbering = AbstractNum(1, Lvl(0, "decimal", "%1.")) +
            Num(1, 1) + Num(2, 1) +
            Num(3, 1, "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"1\"/></w:lvlOverride>");
        var body = Li("a", 1) + Li("b", 1) + Li("c", 2) + Li("d", 3) + Li("e", 3) + Li("f", 1);

        var model = new TestDocx(body) { Numbering = numbering }.Read();

        Labels(model).ShouldBe(["1.", "2.", "3.", "1.", "2.", "3."]);
    }

    [Fact]
    public void Read_NewInstanceFirstUsedAtLevelOne_DoesNotRestartLevelZero()
    {
        // LibreOffice writes each bullet list under a heading as its own w:num on the headings'
        // abstract, with w:lvl overrides (each with a start) for every level; the headings still
        // count on: "1. … ◦ … 2.".
        var overrides = $"<w:lvlOverride w:ilvl=\"0\">{Lvl(0, "bullet", "•")}</w:lvlOverride><w:lvlOverride w:ilvl=\"1\">{Lvl(1, "bullet", "◦")}</w:lvlOverride>";
        var numbering = AbstractNum(1, Lvl(0, "decimal", "%1."), Lvl(1, "decimal", "%2.")) + Num(1, 1) + Num(2, 1, overrides) + Num(3, 1, overrides);
        var body = Li("heading one", 1) + Li("item", 2, 1) + Li("heading two", 1) + Li("item", 3, 1) + Li("item", 3, 1);

        var model = new TestDocx(body) { Numbering = numbering }.Read();

        Labels(model).ShouldBe(["1.", "◦", "2.", "◦", "◦"]);
    }

    [Fact]
    public void Read_SeparateAbstracts_CountSeparately()
    {
        var numbering = AbstractNum(1, Lvl(0, "decimal", "%1.")) + AbstractNum(2, Lvl(0, "decimal", "%1.")) + Num(1, 1) + Num(2, 2);

        var model = new TestDocx(Li("a", 1) + Li("b", 1) + Li("c", 2) + Li("d", 1)) { Numbering = numbering }.Read();

        Labels(model).ShouldBe(["1.", "2.", "1.", "3."]);
    }

    [Fact]
    public void Read_LevelOverride_ReplacesLevelDefinition()
    {
        var numbering = AbstractNum(1, Lvl(0, "decimal", "%1.")) +
            Num(1, 1, $"<w:lvlOverride w:ilvl=\"0\">{Lvl(0, "upperLetter", "%1/", start: 3)}</w:lvlOverride>");

        var model = new TestDocx(Li("a", 1) + Li("b", 1)) { Numbering = numbering }.Read();

        Labels(model).ShouldBe(["C/", "D/"]);
    }

    [Fact]
    public void Read_LvlRestartZero_KeepsCountingAcrossShallowerLevels()
    {
        var numbering = AbstractNum(1,
            Lvl(0, "upperRoman", "%1."),
            Lvl(1, "decimal", "%2.", extra: "<w:lvlRestart w:val=\"0\"/>")) + Num(1, 1);
        var body = Li("I", 1) + Li("x", 1, 1) + Li("y", 1, 1) + Li("II", 1) + Li("z", 1, 1);

        var model = new TestDocx(body) { Numbering = numbering }.Read();

        Labels(model).ShouldBe(["I.", "1.", "2.", "II.", "3."]);
    }

    [Fact]
    public void Read_IsLgl_ShowsShallowerLevelsAsDecimal()
    {
        var numbering = AbstractNum(1,
            Lvl(0, "upperRoman", "%1."),
            Lvl(1, "decimal", "%1.%2.", extra: "<w:isLgl/>")) + Num(1, 1);

        var model = new TestDocx(Li("I", 1) + Li("II", 1) + Li("x", 1, 1)) { Numbering = numbering }.Read();

        Labels(model).ShouldBe(["I.", "II.", "2.1."]);
    }

    [Fact]
    public void Read_NumberingFromParagraphStyle_LikePythonDocxListNumber()
    {
        var styles =
            "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"ListNumber\"><w:name w:val=\"List Number\"/><w:basedOn w:val=\"Normal\"/>" +
            "<w:pPr><w:numPr><w:numId w:val=\"7\"/></w:numPr></w:pPr></w:style>" +
            "<w:style w:type=\"paragraph\" w:styleId=\"ListNumber2\"><w:name w:val=\"List Number 2\"/><w:basedOn w:val=\"ListNumber\"/>" +
            "<w:pPr><w:numPr><w:ilvl w:val=\"1\"/></w:numPr></w:pPr></w:style>";
        var numbering = AbstractNum(1, Lvl(0, "decimal", "%1."), Lvl(1, "lowerLetter", "%2)")) + Num(7, 1);
        var body = P("a", "<w:pStyle w:val=\"ListNumber\"/>") + P("a1", "<w:pStyle w:val=\"ListNumber2\"/>") +
            P("b", "<w:pStyle w:val=\"ListNumber\"/>") + P("plain") +
            P("off", "<w:pStyle w:val=\"ListNumber\"/><w:numPr><w:numId w:val=\"0\"/></w:numPr>");

        var model = new TestDocx(body) { Styles = styles, Numbering = numbering }.Read();

        Labels(model).ShouldBe(["1.", "a)", "2.", "-", "-"]);
        model.BodyParagraphs().First().StyleName.ShouldBe("List Number");
        model.BodyParagraphs().Last().ListLevel.ShouldBeNull();
        model.BodyParagraphs().Last().ListKind.ShouldBe(ListKind.None);
    }

    [Fact]
    public void Read_NumStyleLink_FollowsNumberingStyleToItsDefinition()
    {
        var styles = "<w:style w:type=\"numbering\" w:styleId=\"PlanList\"><w:name w:val=\"Plan List\"/>" +
            "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>";
        var numbering =
            "<w:abstractNum w:abstractNumId=\"1\"><w:styleLink w:val=\"PlanList\"/>" + Lvl(0, "upperRoman", "%1.") + "</w:abstractNum>" +
            "<w:abstractNum w:abstractNumId=\"2\"><w:numStyleLink w:val=\"PlanList\"/></w:abstractNum>" +
            Num(1, 1) + Num(2, 2);

        var model = new TestDocx(Li("a", 2) + Li("b", 2)) { Styles = styles, Numbering = numbering }.Read();

        Labels(model).ShouldBe(["I.", "II."]);
    }

    [Fact]
    public void Read_UnknownNumId_ReadsTextAndReportsDiagnostic()
    {
        var model = new TestDocx(Li("a", 42)) { Numbering = AbstractNum(1, Lvl(0, "decimal", "%1.")) + Num(1, 1) }.Read();

        model.BodyParagraphs().Single().ListLabel.ShouldBeNull();
        model.BodyParagraphs().Single().Text.ShouldBe("a");
        model.Diagnostics.ShouldContain(d => d.Code == "numbering-missing");
    }
}
