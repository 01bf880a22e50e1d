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

    [Fact]
    public async Task Extract_CombinedWithCorruptModels_WarnsOnceAndPrintsTheRulesRecord()
    {
        var folder = Directory.CreateTempSubdirectory("docingest-corrupt-models-").FullName;
        try
        {
            File.Copy(Path.Combine(Root, "models", "models.json"), Path.Combine(folder, "models.json"));
            await File.WriteAllTextAsync(Path.Combine(folder, "deadline-kind.zip"), "not a zip archive");
            await File.WriteAllTextAsync(Path.Combine(folder, "block-roles.zip"), "not a zip archive");
            var seed = Path.Combine(Root, "corpus", "seed", "000_1391606a0847e6e9_docx.docx");

            var (code, output, error) = await CliProcess.RunAsync("extract", seed, "--mode", "combined", "--models", folder);
            var (rulesCode, rulesOutput, _) = await CliProcess.RunAsync("extract", seed, "--mode", "rules");

            code.ShouldBe(0, error);
            rulesCode.ShouldBe(0);
            error.Split('\n').Count(line => line.StartsWith("warning:", StringComparison.Ordinal)).ShouldBe(1, error);
            error.ShouldContain("deadline-kind.zip");
            error.ShouldContain("mode: rules (requested combined; models unavailable)");
            using var record = System.Text.Json.JsonDocument.Parse(output);
            // The seed's gold record: 5 groups, 13 tasks.
            var groups = record.RootElement.GetProperty("groups");
            groups.GetArrayLength().ShouldBe(5);
            groups.EnumerateArray().Sum(g => g.GetProperty("tasks").GetArrayLength()).ShouldBe(13);
            output.ShouldBe(rulesOutput);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Extract_DefaultMode_IsCombinedWithTheModelsShippedBesideTheExecutable()
    {
        var seed = Path.Combine(Root, "corpus", "seed", "000_1391606a0847e6e9_docx.docx");

        var (code, output, error) = await CliProcess.RunAsync("extract", seed);
        var rules = await CliProcess.RunAsync("extract", seed, "--mode", "rules");

        code.ShouldBe(0, error);
        error.ShouldNotContain("warning:");
        error.ShouldContain($"mode: combined (models: {Path.Combine(AppContext.BaseDirectory, "models")})");
        output.TrimStart().ShouldStartWith("{");
        rules.ExitCode.ShouldBe(0, rules.Error);
        rules.Error.ShouldContain("mode: rules");
        rules.Error.ShouldNotContain("models:");

        // The seed comes out the same either way (the classifiers decide nothing there).
        rules.Output.ShouldBe(output);
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("ingest")]
    [InlineData("watch")]
    public async Task ExtractIngestWatch_UnknownMode_IsAUsageError(string command)
    {
        var seed = Path.Combine(Root, "corpus", "seed", "000_1391606a0847e6e9_docx.docx");

        var database = Path.Combine(Path.GetTempPath(), "docingest-unused-" + Guid.NewGuid().ToString("N") + ".db");
        var drop = Directory.CreateTempSubdirectory("docingest-drop-").FullName;
        string[] args = command switch
        {
            "ingest" => [command, seed, "--mode", "bogus", "--db", database],
            // An empty drop folder: were the mode accepted, nothing of the corpus could be moved.
            "watch" => [command, drop, "--once", "--mode", "bogus", "--db", database],
            _ => [command, seed, "--mode", "bogus"],
        };

        var (code, output, error) = await CliProcess.RunAsync(args);
        Directory.Delete(drop);

        code.ShouldBe(2, error);
        error.ShouldContain("--mode: 'bogus'");
        output.ShouldBeEmpty();
        File.Exists(database).ShouldBeFalse();
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
