namespace DocIngest.Benchmarks;

/// <summary>The committed input files (Data/, copied next to the benchmark binary).</summary>
internal static class BenchmarkData
{
    /// <summary>The seed plan converted by pandoc (Data/make-data.sh): a real plan of about three printed pages.</summary>
    public const string SeedPlan = "seed-plan-pandoc.docx";

    /// <summary>The reader tests' pandoc fixture (tests/.../Fixtures/docx/pandoc.docx): a short plan with a list, a table and a footnote.</summary>
    public const string PandocFixture = "pandoc-fixture.docx";

    /// <summary>The seed plan as received: PDF-export text with page-break notes.</summary>
    public const string SeedText = "seed-plan.txt";

    public static byte[] Load(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Data", name));
}
