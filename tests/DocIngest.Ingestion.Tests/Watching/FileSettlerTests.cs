using DocIngest.Ingestion.Watching;

namespace DocIngest.Ingestion.Tests.Watching;

public sealed class FileSettlerTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly ManualTime _time = new(new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Check_UnchangedForSettleTime_Settled()
    {
        var path = Plans.WritePlan(_folder.Drop, 1);
        var settler = new FileSettler(_time, TimeSpan.FromSeconds(1));

        settler.Check(path).ShouldBe(SettleState.Waiting);
        _time.Advance(TimeSpan.FromMilliseconds(900));
        settler.Check(path).ShouldBe(SettleState.Waiting);
        _time.Advance(TimeSpan.FromMilliseconds(100));
        settler.Check(path).ShouldBe(SettleState.Settled);
    }

    [Fact]
    public void Check_GrowsDuringSettleTime_StartsAgain()
    {
        var path = Plans.WritePlan(_folder.Drop, 2);
        var settler = new FileSettler(_time, TimeSpan.FromSeconds(1));
        settler.Check(path).ShouldBe(SettleState.Waiting);
        _time.Advance(TimeSpan.FromMilliseconds(800));

        File.AppendAllText(path, "\nthêm một dòng\n");
        settler.Check(path).ShouldBe(SettleState.Waiting);
        _time.Advance(TimeSpan.FromMilliseconds(800));
        settler.Check(path).ShouldBe(SettleState.Waiting);
        _time.Advance(TimeSpan.FromMilliseconds(200));
        settler.Check(path).ShouldBe(SettleState.Settled);
    }

    [Fact]
    public void Check_RemovedFile_Gone()
    {
        var path = Plans.WritePlan(_folder.Drop, 3);
        var settler = new FileSettler(_time, TimeSpan.FromSeconds(1));
        settler.Check(path);
        File.Delete(path);

        settler.Check(path).ShouldBe(SettleState.Gone);
    }

    [Fact]
    public void Restart_AfterBusy_WaitsTheWholeSettleTimeAgain()
    {
        var path = Plans.WritePlan(_folder.Drop, 4);
        var settler = new FileSettler(_time, TimeSpan.FromSeconds(1));
        settler.Check(path);
        _time.Advance(TimeSpan.FromSeconds(2));
        settler.Check(path).ShouldBe(SettleState.Settled);

        settler.Restart(path);
        _time.Advance(TimeSpan.FromMilliseconds(500));
        settler.Check(path).ShouldBe(SettleState.Waiting);
    }

    [Fact]
    public void ReadExclusive_WriterStillHasTheFileOpen_Throws()
    {
        var path = Path.Combine(_folder.Drop, "open.md");
        using var writer = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read);
        writer.Write(Plans.PlanBytes(5));
        writer.Flush();

        Should.Throw<IOException>(() => FileSettler.ReadExclusive(path, 1 << 20));
    }

    [Fact]
    public void ReadExclusive_ClosedFile_AllBytes()
    {
        var path = Plans.WritePlan(_folder.Drop, 6);

        FileSettler.ReadExclusive(path, 1 << 20).ShouldBe(Plans.PlanBytes(6));
    }

    public void Dispose() => _folder.Dispose();
}
