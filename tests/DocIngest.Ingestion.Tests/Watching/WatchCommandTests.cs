namespace DocIngest.Ingestion.Tests.Watching;

/// <summary>The <c>watch</c> command's handling of bad arguments: a sentence and exit code 2, no stack trace.</summary>
[Collection(ProcessCollection.Name)]
public sealed class WatchCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task Watch_MissingFolder_UsageErrorNamingIt()
    {
        var missing = Path.Combine(_folder.Root, "khong-co");

        var (exit, output) = await WatcherProcess.RunAsync(TimeSpan.FromSeconds(60), "watch", missing, "--db", _folder.Database, "--once");

        exit.ShouldBe(2);
        output.ShouldContain(missing + ": no such folder");
        output.ShouldNotContain("   at ");
    }

    [Theory]
    [InlineData("abc", "not a number of seconds")]
    [InlineData("-3", "between 0 and 3600 seconds (got -3)")]
    public async Task Watch_BadSettle_UsageError(string settle, string message)
    {
        var (exit, output) = await WatcherProcess.RunAsync(TimeSpan.FromSeconds(60), "watch", _folder.Drop, "--db", _folder.Database, "--settle", settle, "--once");

        exit.ShouldBe(2);
        output.ShouldContain(message);
        output.ShouldNotContain("   at ");
    }

    public void Dispose() => _folder.Dispose();
}
