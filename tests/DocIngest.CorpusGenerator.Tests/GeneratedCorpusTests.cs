using DocIngest.Core.Plans;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocIngest.CorpusGenerator.Tests;

public sealed class GeneratedCorpusTests(GeneratedCorpusFixture corpus) : IClassFixture<GeneratedCorpusFixture>
{
    [Fact]
    public void Generate_SameSeedTwice_GivesIdenticalBytesAndGold()
    {
        var again = new CorpusGenerator(GeneratedCorpusFixture.Seed, GeneratedCorpusFixture.Count).Generate();
        for (var i = 0; i < again.Count; i++)
        {
            again[i].Docx.ShouldBe(corpus.Documents[i].Docx, again[i].Name);
            PlanJson.Serialize(again[i].Gold).ShouldBe(PlanJson.Serialize(corpus.Documents[i].Gold));
        }
    }

    [Fact]
    public void Generate_OtherSeed_GivesOtherDocuments()
    {
        var other = new CorpusGenerator(GeneratedCorpusFixture.Seed + 1, 2).Generate();
        other[0].Docx.ShouldNotBe(corpus.Documents[0].Docx);
    }

    [Fact]
    public void Gold_TaskWeaknessAndGroupTexts_OccurInsideOneParagraphOfTheDocx()
    {
        foreach (var document in corpus.Documents)
        {
            var paragraphs = DocxText.Paragraphs(document.Docx);
            bool Occurs(string s) => paragraphs.Any(p => p.Contains(DocxText.Clean(s), StringComparison.Ordinal));
            foreach (var group in document.Gold.Groups)
            {
                Occurs(group.Title).ShouldBeTrue($"{document.Name}: {group.Title}");
                foreach (var weakness in group.Weaknesses)
                {
                    Occurs(weakness).ShouldBeTrue($"{document.Name}: {weakness}");
                }

                foreach (var task in group.Tasks)
                {
                    Occurs(task.Text).ShouldBeTrue($"{document.Name}: {task.Text}");
                    (task.Deadline.Text is null || Occurs(task.Deadline.Text)).ShouldBeTrue($"{document.Name}: {task.Deadline.Text}");
                }

                foreach (var owner in group.Owners.Concat(group.Tasks.SelectMany(t => t.Owners ?? [])))
                {
                    Occurs(owner.Name ?? owner.Title!).ShouldBeTrue($"{document.Name}: {owner}");
                }
            }
        }
    }

    [Fact]
    public void Gold_EveryTaskSentence_IsUniqueAcrossTheCorpus()
    {
        var texts = corpus.Documents.SelectMany(d => d.Gold.AllTasks()).Select(p => p.Task.Text).ToList();
        texts.Count.ShouldBeGreaterThan(GeneratedCorpusFixture.Count * 4);
        texts.Distinct(StringComparer.Ordinal).Count().ShouldBe(texts.Count);
    }

    [Fact]
    public void Numbering_EveryListInstance_HasItsOwnAbstractNum()
    {
        // Word counts per abstractNum: lists sharing one would continue each other's numbers.
        var documentsWithSeveralLists = 0;
        foreach (var document in corpus.Documents)
        {
            using var package = WordprocessingDocument.Open(new MemoryStream(document.Docx), false);
            var numbering = package.MainDocumentPart!.NumberingDefinitionsPart?.Numbering;
            if (numbering is null)
            {
                continue;
            }

            var abstractIds = numbering.Elements<NumberingInstance>().Select(n => n.AbstractNumId!.Val!.Value).ToList();
            documentsWithSeveralLists += abstractIds.Count > 1 ? 1 : 0;
            abstractIds.Distinct().Count().ShouldBe(abstractIds.Count, document.Name);
        }

        documentsWithSeveralLists.ShouldBeGreaterThan(0);
    }

    [Fact]
    public void TrackedChanges_DeletedTextIsInTheFileButNotInTheGold()
    {
        var tracked = corpus.Documents.Where(d => d.Tags.Contains("tracked-changes")).ToList();
        tracked.ShouldNotBeEmpty();
        foreach (var document in tracked)
        {
            using var package = WordprocessingDocument.Open(new MemoryStream(document.Docx), false);
            var paragraph = package.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().First(p => p.Descendants<DeletedRun>().Any());
            var visible = DocxText.Clean(string.Concat(paragraph.Descendants<Text>().Select(t => t.Text)));
            var withDeleted = DocxText.Clean(paragraph.InnerText);
            var task = document.Gold.AllTasks().Select(p => p.Task.Text).Single(t => visible.Contains(DocxText.Clean(t), StringComparison.Ordinal));
            paragraph.Descendants<InsertedRun>().ShouldNotBeEmpty();
            withDeleted.ShouldNotContain(DocxText.Clean(task));
        }
    }

    [Fact]
    public void Footnotes_EachFootnotedGroupHeadingEndsWithAReference()
    {
        foreach (var document in corpus.Documents.Where(d => d.Tags.Contains("weak-footnote")))
        {
            using var package = WordprocessingDocument.Open(new MemoryStream(document.Docx), false);
            var main = package.MainDocumentPart!;
            var notes = main.FootnotesPart!.Footnotes!.Elements<Footnote>().Count(f => f.Id!.Value > 0);
            notes.ShouldBe(document.Gold.Groups.Count, document.Name);
            var referencing = main.Document!.Body!.Descendants<Paragraph>().Where(p => p.Descendants<FootnoteReference>().Any()).ToList();
            referencing.ShouldAllBe(p => p.Elements<Run>().Last().Descendants<FootnoteReference>().Any());
        }
    }

    [Fact]
    public void TaskTables_MergeGroupRowsAndWeaknessCells()
    {
        var tables = corpus.Documents.Where(d => d.Tags.Contains("task-table")).ToList();
        tables.ShouldNotBeEmpty();
        foreach (var document in tables)
        {
            using var package = WordprocessingDocument.Open(new MemoryStream(document.Docx), false);
            var body = package.MainDocumentPart!.Document!.Body!;
            body.Descendants<VerticalMerge>().Count(v => v.Val is not null && v.Val.Value == MergedCellValues.Restart).ShouldBeGreaterThanOrEqualTo(document.Gold.Groups.Count);
            if (document.Tags.Contains("group-table-rows"))
            {
                body.Descendants<GridSpan>().Count(g => g.Val!.Value == 7).ShouldBe(document.Gold.Groups.Count);
            }

            document.Gold.AllTasks().ShouldAllBe(p => p.Task.Owners != null && p.Task.Advisors != null);
        }
    }

    [Fact]
    public void ListLayouts_LeaveTaskOwnersToTheGroup()
    {
        foreach (var document in corpus.Documents.Where(d => !d.Tags.Contains("task-table")))
        {
            document.Gold.AllTasks().ShouldAllBe(p => p.Task.Owners == null && p.Task.Advisors == null && p.Task.Partners == null);
        }
    }

    [Fact]
    public void Gold_References_NeverHoldThePlansOwnNumber()
    {
        foreach (var document in corpus.Documents.Where(d => d.Gold.Document.Number is not null))
        {
            document.Gold.Document.References.ShouldNotContain(r => r.Number == document.Gold.Document.Number, document.Name);
        }
    }

    [Fact]
    public void Gold_BlankDateLine_HasNoIssueDateAndATitleEndingInTheYear()
    {
        var undated = corpus.Documents.Where(d => d.Tags.Contains("date-blank")).ToList();
        undated.ShouldNotBeEmpty();
        foreach (var document in undated)
        {
            document.Gold.Document.IssuedOn.ShouldBeNull();
            var lastWord = document.Gold.Document.Title!.Split(' ')[^1];
            int.TryParse(lastWord, out var year).ShouldBeTrue(document.Gold.Document.Title);
            year.ShouldBeInRange(2024, 2026);
        }
    }

    [Fact]
    public void Split_EveryClassAppearsInTest()
    {
        var split = SplitAssigner.Assign(corpus.Documents, new Random(1));
        var classes = corpus.Documents.SelectMany(d => d.Tags).Distinct();
        foreach (var cls in classes)
        {
            corpus.Documents.Any(d => d.Tags.Contains(cls) && split[d.Name] == "test").ShouldBeTrue(cls);
        }
    }
}
