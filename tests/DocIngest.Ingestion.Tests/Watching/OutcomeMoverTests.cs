using System.Text.Json;
using DocIngest.Ingestion.Watching;

namespace DocIngest.Ingestion.Tests.Watching;

public sealed class OutcomeMoverTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ManualTime _time = new(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void MoveToProcessed_NameTaken_UniqueNameNeverOverwrites()
    {
        var mover = new OutcomeMover(Options(), _time);
        var first = Plans.WritePlan(_folder.Drop, 1);
        var firstTarget = mover.MoveToProcessed(first);
        File.WriteAllText(Path.Combine(_folder.Drop, "plan-1.md"), "second");

        var secondTarget = mover.MoveToProcessed(Path.Combine(_folder.Drop, "plan-1.md"));

        Path.GetDirectoryName(firstTarget).ShouldBe(Path.Combine(_folder.Processed, _time.GetLocalNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Path.GetFileName(secondTarget).ShouldBe("plan-1 (2).md");
        File.ReadAllBytes(firstTarget).ShouldBe(Plans.PlanBytes(1));
        File.ReadAllText(secondTarget).ShouldBe("second");
        _folder.DropFiles().ShouldBeEmpty();
    }

    [Fact]
    public void MoveToFailed_WritesErrorReportBesideTheFile()
    {
        var mover = new OutcomeMover(Options(), _time);
        var path = Path.Combine(_folder.Drop, "hỏng.docx");
        File.WriteAllBytes(path, []);

        var target = mover.MoveToFailed(path, "hỏng.docx: The file is empty (0 bytes).", "EmptyFile", "e3b0c442");

        target.ShouldBe(Path.Combine(_folder.Failed, "hỏng.docx"));
        using var report = JsonDocument.Parse(File.ReadAllText(target + ".error.json"));
        report.RootElement.GetProperty("reason").GetString().ShouldBe("hỏng.docx: The file is empty (0 bytes).");
        report.RootElement.GetProperty("error_type").GetString().ShouldBe("EmptyFile");
        report.RootElement.GetProperty("sha256").GetString().ShouldBe("e3b0c442");
        report.RootElement.GetProperty("time").GetDateTimeOffset().ShouldBe(_time.GetUtcNow());
        report.RootElement.GetProperty("docingest_version").GetString().ShouldStartWith("0.");
        File.Exists(path).ShouldBeFalse();
    }

    [Fact]
    public void MoveToFailed_NameTaken_ReportFollowsTheUniqueName()
    {
        var mover = new OutcomeMover(Options(), _time);
        for (var i = 0; i < 2; i++)
        {
            File.WriteAllText(Path.Combine(_folder.Drop, "x.docx"), "not a zip " + i);
            mover.MoveToFailed(Path.Combine(_folder.Drop, "x.docx"), "bad " + i, "NotAZipPackage", null);
        }

        File.ReadAllText(Path.Combine(_folder.Failed, "x (2).docx")).ShouldBe("not a zip 1");
        File.ReadAllText(Path.Combine(_folder.Failed, "x (2).docx.error.json")).ShouldContain("bad 1");
        File.ReadAllText(Path.Combine(_folder.Failed, "x.docx.error.json")).ShouldContain("bad 0");
    }

    private WatchOptions Options() => new WatchOptions { Directory = _folder.Drop }.Validate();

    public void Dispose() => _folder.Dispose();
}
