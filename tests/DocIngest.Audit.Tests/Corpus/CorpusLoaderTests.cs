using DocIngest.Audit.Corpus;

namespace DocIngest.Audit.Tests.Corpus;

public sealed class CorpusLoaderTests : IDisposable
{
    private readonly TempCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    [Fact]
    public void Load_NoManifest_AllDocumentsUnassignedAndAuditedWhole()
    {
        _corpus.AddDocument("a.md");
        _corpus.AddDocument("sub/b.txt");
        _corpus.AddDocument("sub/deeper/c.docx");
        _corpus.Write("src/only-source.md", "# not a document: no gold");

        var corpus = CorpusLoader.Load(_corpus.Root);

        corpus.HasManifest.ShouldBeFalse();
        corpus.Issues.ShouldBeEmpty();
        corpus.Documents.Select(d => d.Name).ShouldBe(["a.md", "sub/b.txt", "sub/deeper/c.docx"]);
        corpus.Documents.ShouldAllBe(d => d.Split == CorpusSplits.Unassigned);
        corpus.Select("test").Count.ShouldBe(3);
        corpus.Select("all").Count.ShouldBe(3);
    }

    [Fact]
    public void Load_Manifest_AssignsSplitsAndClasses()
    {
        _corpus.AddDocument("p/a.docx");
        _corpus.AddDocument("p/b.md");
        _corpus.AddDocument("p/c.txt");
        _corpus.Write("p/manifest.tsv",
            "# producer p\nname\tsplit\tclasses\na.docx\ttest\theader-table, task-dash\n\nb.md\tTRAIN\t\nc.txt\tdev\told-tone\n");

        var corpus = CorpusLoader.Load(_corpus.Root);

        corpus.Issues.ShouldBeEmpty();
        var a = corpus.Select("test").ShouldHaveSingleItem();
        a.Name.ShouldBe("p/a.docx");
        a.Classes.ShouldBe(["header-table", "task-dash"]);
        corpus.Select("train").ShouldHaveSingleItem().Name.ShouldBe("p/b.md");
        corpus.Select("dev").ShouldHaveSingleItem().Classes.ShouldBe(["old-tone"]);
        corpus.Select("all").Count.ShouldBe(3);
    }

    [Fact]
    public void Load_DocumentMissingFromManifest_WarningAndOnlyInAll()
    {
        _corpus.AddDocument("p/a.docx");
        _corpus.AddDocument("p/late.md");
        _corpus.Write("p/manifest.tsv", "name\tsplit\tclasses\na.docx\ttest\t\n");

        var corpus = CorpusLoader.Load(_corpus.Root);

        var issue = corpus.Issues.ShouldHaveSingleItem();
        issue.IsWarning.ShouldBeTrue();
        issue.File.ShouldEndWith("late.md");
        corpus.Select("test").ShouldHaveSingleItem().Name.ShouldBe("p/a.docx");
        corpus.Select("all").Count.ShouldBe(2);
    }

    [Fact]
    public void Load_MalformedRows_ErrorsNameFileAndLine()
    {
        _corpus.AddDocument("p/a.docx");
        _corpus.AddDocument("p/b.md");
        var manifest = _corpus.Write("p/manifest.tsv",
            "name\tsplit\tclasses\na.docx test header-table\nb.md\ttesting\t\nmissing.docx\ttest\t\na.docx\ttrain\t\n");

        var corpus = CorpusLoader.Load(_corpus.Root);

        var errors = corpus.Errors.ToList();
        errors.Select(e => (e.File, e.Line)).ShouldBe([(manifest, 2), (manifest, 3), (manifest, 4)], ignoreOrder: true);
        errors.Single(e => e.Line == 2).Message.ShouldContain("TAB");
        errors.Single(e => e.Line == 3).Message.ShouldContain("testing");
        errors.Single(e => e.Line == 4).Message.ShouldContain("missing.docx");
        errors.ShouldAllBe(e => e.ToString().StartsWith("error: " + manifest + ":"));
    }

    [Fact]
    public void Load_DuplicateRow_Error()
    {
        _corpus.AddDocument("p/a.docx");
        var manifest = _corpus.Write("p/manifest.tsv", "name\tsplit\tclasses\na.docx\ttest\t\na.docx\ttrain\t\n");

        var corpus = CorpusLoader.Load(_corpus.Root);

        var error = corpus.Errors.ShouldHaveSingleItem();
        (error.File, error.Line).ShouldBe((manifest, 3));
        corpus.Documents.ShouldHaveSingleItem().Split.ShouldBe("test");
    }

    [Fact]
    public void Load_BadHeader_ErrorOnFirstContentLine()
    {
        _corpus.AddDocument("p/a.docx");
        var manifest = _corpus.Write("p/manifest.tsv", "# comment\nfile\tset\na.docx\ttest\n");

        var corpus = CorpusLoader.Load(_corpus.Root);

        corpus.Errors.ShouldContain(e => e.File == manifest && e.Line == 2 && e.Message.Contains("header"));
    }

    [Fact]
    public void Load_GoldThatFailsToParse_ErrorWithFileAndLine()
    {
        _corpus.Write("x.md", "Kế hoạch");
        var gold = _corpus.Write("x.gold.json", "{\n  \"schema\": \"docingest.plan/1\",\n  \"source\": \"x.md\",\n  \"document\": {\n    \"number\": 15,\n");

        var corpus = CorpusLoader.Load(_corpus.Root);

        corpus.Documents.ShouldBeEmpty();
        var error = corpus.Errors.ShouldHaveSingleItem();
        error.File.ShouldBe(gold);
        error.Line.ShouldBe(5);
    }

    [Fact]
    public void Load_GoldWithoutDocument_Error()
    {
        var gold = _corpus.Write("orphan.gold.json", "{}");

        var corpus = CorpusLoader.Load(_corpus.Root);

        var error = corpus.Errors.ShouldHaveSingleItem();
        error.File.ShouldBe(gold);
        error.Message.ShouldContain(".docx");
    }

    [Fact]
    public void Load_MissingFolder_Throws()
    {
        Should.Throw<DirectoryNotFoundException>(() => CorpusLoader.Load(_corpus.Path("nope")));
    }

    [Fact]
    public void Select_UnknownSplit_Throws()
    {
        var corpus = CorpusLoader.Load(_corpus.Root);

        Should.Throw<ArgumentException>(() => corpus.Select("validation")).Message.ShouldContain("validation");
    }
}
