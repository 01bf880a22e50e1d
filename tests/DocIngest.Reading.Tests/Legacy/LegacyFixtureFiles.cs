namespace DocIngest.Reading.Tests.Legacy;

/// <summary>
/// Where the committed legacy test documents and their sources live. Each document is made from a
/// plain-text source by <see cref="LegacyDocxBuilder"/>; set DOCINGEST_WRITE_LEGACY_FIXTURES=1 and
/// run the "Legacy" tests to rewrite the .docx files after editing a source.
/// </summary>
internal static class LegacyFixtureFiles
{
    public const string WriteVariable = "DOCINGEST_WRITE_LEGACY_FIXTURES";

    public static string RepoRoot { get; } = FindRepoRoot();

    public static string PlanDocx => Path.Combine(FixtureFolder, "tcvn3-vni-plan.docx");

    public static string PlanSource => Path.Combine(FixtureFolder, "tcvn3-vni-plan.src.txt");

    public static string PlanExpected => Path.Combine(FixtureFolder, "tcvn3-vni-plan.expected.txt");

    public static string CorpusFolder => Path.Combine(RepoRoot, "corpus", "legacy");

    /// <summary>(source, docx) pairs: the fixture plan and every corpus document.</summary>
    public static IReadOnlyList<(string Source, string Docx)> Documents()
    {
        var documents = new List<(string, string)> { (PlanSource, PlanDocx) };
        foreach (var source in Directory.GetFiles(Path.Combine(CorpusFolder, "src"), "*.txt").Order(StringComparer.Ordinal))
        {
            documents.Add((source, Path.Combine(CorpusFolder, Path.GetFileNameWithoutExtension(source) + ".docx")));
        }

        return documents;
    }

    private static string FixtureFolder => Path.Combine(RepoRoot, "tests", "DocIngest.Reading.Tests", "Fixtures", "legacy");

    private static string FindRepoRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            // The central package file marks the repository root whatever the solution format.
            if (File.Exists(Path.Combine(folder.FullName, "Directory.Packages.props")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Directory.Packages.props not found above the test output folder.");
    }
}
