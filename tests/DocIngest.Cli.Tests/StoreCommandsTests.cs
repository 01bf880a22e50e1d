using System.Text.Json;

namespace DocIngest.Cli.Tests;

public sealed class StoreCommandsTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("docingest-cli-").FullName;

    private string Db => Path.Combine(_folder, "db", "docingest.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task IngestThenTasks_FindsOwnerTypedWithoutAccents()
    {
        // Given
        var plan = Fixtures.WritePlan(_folder, 15);
        (await CliProcess.RunAsync("ingest", plan, "--db", Db)).ExitCode.ShouldBe(0);

        // When
        var (code, output, error) = await CliProcess.RunAsync("tasks", "--db", Db, "--owner", "ton thien dong", "--format", "json");

        // Then
        code.ShouldBe(0, error);
        var tasks = JsonDocument.Parse(output).RootElement.EnumerateArray().ToList();
        tasks.Count.ShouldBe(2);
        tasks.Select(t => t.GetProperty("key").GetString()).ShouldBe(["15-KH/BTCTU#1.1", "15-KH/BTCTU#1.2"]);
        tasks[0].GetProperty("deadline").GetProperty("date").GetString().ShouldBe("2026-06-30");
    }

    [Fact]
    public async Task Tasks_Overdue_AsOfAfterTheDeadline_ListsTheDueTaskUntilDone()
    {
        var plan = Fixtures.WritePlan(_folder, 16);
        (await CliProcess.RunAsync("ingest", plan, "--db", Db)).ExitCode.ShouldBe(0);

        var before = await CliProcess.RunAsync("tasks", "--db", Db, "--overdue", "--as-of", "01/07/2026", "--format", "json");
        JsonDocument.Parse(before.Output).RootElement.GetArrayLength().ShouldBe(1);

        (await CliProcess.RunAsync("done", "16-KH/BTCTU#1.1", "--db", Db, "--on", "2026-07-02")).ExitCode.ShouldBe(0);
        var after = await CliProcess.RunAsync("tasks", "--db", Db, "--overdue", "--as-of", "2026-07-01", "--format", "json");
        JsonDocument.Parse(after.Output).RootElement.GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Tasks_Csv_StartsWithByteOrderMarkForExcel()
    {
        var plan = Fixtures.WritePlan(_folder, 17);
        (await CliProcess.RunAsync("ingest", plan, "--db", Db)).ExitCode.ShouldBe(0);

        var bytes = await CliProcess.RunForBytesAsync("tasks", "--db", Db, "--format", "csv");

        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        System.Text.Encoding.UTF8.GetString(bytes).ShouldContain("Tôn Thiện Đồng");
    }

    [Fact]
    public async Task Ingest_SameFileTwice_ReportsUnchanged()
    {
        var plan = Fixtures.WritePlan(_folder, 18);
        await CliProcess.RunAsync("ingest", plan, "--db", Db);

        var (code, output, _) = await CliProcess.RunAsync("ingest", plan, "--db", Db);

        code.ShouldBe(0);
        output.ShouldContain("ingested 0, unchanged 1, new versions 0, failed 0");
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("ingest")]
    [InlineData("tasks", "--limit", "many")]
    [InlineData("no-such-command")]
    public async Task MalformedCommandLine_IsAUsageError(params string[] args)
    {
        var (code, _, error) = await CliProcess.RunAsync(args);

        code.ShouldBe(2);
        error.ShouldContain("docingest --help");
    }

    [Fact]
    public async Task Tasks_BadDate_IsAUsageError()
    {
        var (code, _, error) = await CliProcess.RunAsync("tasks", "--db", Db, "--due-before", "tomorrow");

        code.ShouldBe(2);
        error.ShouldContain("--due-before: 'tomorrow' is not a date");
    }

    [Fact]
    public async Task ConcurrentProcesses_WriteAndQueryOneDatabase_LoseNothing()
    {
        // Given three writers with four plans each and a reader polling all the while
        var batches = Enumerable.Range(0, 3).Select(w => Enumerable.Range(0, 4).Select(i => Fixtures.WritePlan(_folder, 100 + (w * 10) + i)).ToArray()).ToList();
        (await CliProcess.RunAsync("tasks", "--db", Db, "--format", "json")).ExitCode.ShouldBe(0);

        // When
        var writers = batches.Select(files => CliProcess.RunAsync(["ingest", .. files, "--db", Db])).ToList();
        var reads = new List<int>();
        while (writers.Any(w => !w.IsCompleted))
        {
            reads.Add((await CliProcess.RunAsync("tasks", "--db", Db, "--format", "json")).ExitCode);
        }

        // Then
        foreach (var writer in writers)
        {
            var (code, _, error) = await writer;
            code.ShouldBe(0, error);
        }

        reads.ShouldAllBe(code => code == 0);
        var all = await CliProcess.RunAsync("tasks", "--db", Db, "--format", "json");
        JsonDocument.Parse(all.Output).RootElement.GetArrayLength().ShouldBe(24);
    }
}
