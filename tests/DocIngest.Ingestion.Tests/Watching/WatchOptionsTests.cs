using DocIngest.Ingestion.Watching;

namespace DocIngest.Ingestion.Tests.Watching;

public sealed class WatchOptionsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public void Validate_Defaults_SiblingFoldersAndHalfSecondSettle()
    {
        var options = new WatchOptions { Directory = _folder.Drop + "/" }.Validate();

        options.Directory.ShouldBe(_folder.Drop);
        options.ProcessedDirectory.ShouldBe(_folder.Processed);
        options.FailedDirectory.ShouldBe(_folder.Failed);
        options.Settle.ShouldBe(TimeSpan.FromMilliseconds(500));
    }

    [Fact]
    public void Validate_MissingFolder_SaysWhich() =>
        Should.Throw<ArgumentException>(() => new WatchOptions { Directory = Path.Combine(_folder.Root, "nope") }.Validate())
            .Message.ShouldContain("nope");

    [Fact]
    public void Validate_ProcessedIsTheDropFolder_Refused() =>
        Should.Throw<ArgumentException>(() => new WatchOptions { Directory = _folder.Drop, ProcessedDirectory = _folder.Drop }.Validate());

    [Fact]
    public void Validate_NegativeSettle_Refused() =>
        Should.Throw<ArgumentException>(() => new WatchOptions { Directory = _folder.Drop, Settle = TimeSpan.FromSeconds(-1) }.Validate())
            .Message.ShouldContain("--settle");

    public void Dispose() => _folder.Dispose();
}
