namespace DocIngest.Audit.Tests.Comparison;

public sealed class ReadOnceCacheTests
{
    [Fact]
    public async Task Read_ManyCallersSamePath_ReadsOnce()
    {
        var reads = 0;
        var cache = new ReadOnceCache<string>((path, _) =>
        {
            Interlocked.Increment(ref reads);
            return path.ToUpperInvariant();
        });

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => cache.Read(i % 2 == 0 ? "a" : "b"))));

        results.Distinct().Order().ShouldBe(["A", "B"]);
        reads.ShouldBe(2);
        cache.Count.ShouldBe(2);
    }

    [Fact]
    public void Read_ReaderThrows_SameFailureWithoutReadingAgain()
    {
        var reads = 0;
        var cache = new ReadOnceCache<string>((_, _) =>
        {
            reads++;
            throw new InvalidDataException("not a zip");
        });

        Should.Throw<InvalidDataException>(() => cache.Read("x.docx"));
        Should.Throw<InvalidDataException>(() => cache.Read("x.docx"));
        reads.ShouldBe(1);
    }
}
