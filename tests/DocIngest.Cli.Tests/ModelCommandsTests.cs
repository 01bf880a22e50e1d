namespace DocIngest.Cli.Tests;

public sealed class ModelCommandsTests
{
    private static readonly string Root = FindRoot();

    [Fact]
    public async Task Audit_CombinedWithoutModels_WarnsAndRunsRulesOnly()
    {
        var missing = Path.Combine(Path.GetTempPath(), "docingest-no-models-" + Guid.NewGuid().ToString("N"));

        var (code, output, error) = await CliProcess.RunAsync("audit", Path.Combine(Root, "corpus", "seed"), "--split", "test", "--mode", "combined", "--models", missing);

        code.ShouldBe(0, error);
        output.ShouldContain("mode: rules (requested combined; models unavailable)");
        error.ShouldContain("warning:");
        error.ShouldContain("running rules-only");
        output.ShouldContain("strict_task_f1                 1.000");
    }

    [Fact]
    public async Task Audit_CombinedWithCommittedModels_SaysCombinedAndKeepsTheSeedExact()
    {
        var (code, output, error) = await CliProcess.RunAsync("audit", Path.Combine(Root, "corpus", "seed"), "--split", "test", "--mode", "combined", "--models", Path.Combine(Root, "models"));

        code.ShouldBe(0, error);
        output.ShouldContain("mode: combined");
        error.ShouldNotContain("warning:");
        output.ShouldContain("strict_task_f1                 1.000");
    }

    [Fact]
    public async Task Audit_UnknownMode_IsAUsageError()
    {
        var (code, _, error) = await CliProcess.RunAsync("audit", Path.Combine(Root, "corpus", "seed"), "--mode", "neural");

        code.ShouldBe(2);
        error.ShouldContain("--mode");
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DocIngest.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root was not found above " + AppContext.BaseDirectory);
    }
}
