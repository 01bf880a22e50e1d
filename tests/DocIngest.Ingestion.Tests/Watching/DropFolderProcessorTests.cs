using DocIngest.Extraction;
using DocIngest.Ingestion.Watching;
using DocIngest.Reading;
using DocIngest.Storage;
using Microsoft.Extensions.Logging.Abstractions;

namespace DocIngest.Ingestion.Tests.Watching;

public sealed class DropFolderProcessorTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task ProcessAsync_DatabaseUnusable_FileStaysAndIsIngestedOnceItRecovers()
    {
        var options = new WatchOptions { Directory = _folder.Drop }.Validate();
        var summary = new WatchSummary();
        using var store = PlanStore.Open(_folder.Database);
        var processor = new DropFolderProcessor(
            new DocumentIngestor(DocumentReaderRegistry.CreateDefault(), ExtractionPipeline.CreateDefault(), store) { RequirePlan = true },
            IngestionResilience.Create(options, TimeProvider.System),
            new OutcomeMover(options, TimeProvider.System),
            summary,
            TimeProvider.System,
            NullLogger<DropFolderProcessor>.Instance);
        var path = Plans.WritePlan(_folder.Drop, 41);

        // A folder where the database file should be: every open of the file fails, as on a lost mount.
        File.Move(_folder.Database, _folder.Database + ".away");
        Directory.CreateDirectory(_folder.Database);
        var whileDown = await processor.ProcessAsync(path);
        Directory.Delete(_folder.Database);
        File.Move(_folder.Database + ".away", _folder.Database);
        var afterwards = await processor.ProcessAsync(path);

        whileDown.ShouldBe(FileDisposition.Deferred);
        Directory.Exists(_folder.Failed).ShouldBeFalse();
        afterwards.ShouldBe(FileDisposition.Ingested);
        _folder.DropFiles().ShouldBeEmpty();
        store.Documents().ShouldHaveSingleItem().Record.Document.Number.ShouldBe("41-KH/BTCTU");
        (summary.Deferred, summary.Ingested, summary.Failed).ShouldBe((1, 1, 0));
    }

    [Fact]
    public async Task ProcessAsync_LetterNotPlan_FailedWithReasonAndNotStored()
    {
        var options = new WatchOptions { Directory = _folder.Drop }.Validate();
        using var store = PlanStore.Open(_folder.Database);
        var processor = new DropFolderProcessor(
            new DocumentIngestor(DocumentReaderRegistry.CreateDefault(), ExtractionPipeline.CreateDefault(), store) { RequirePlan = true },
            IngestionResilience.Create(options, TimeProvider.System),
            new OutcomeMover(options, TimeProvider.System),
            new WatchSummary(),
            TimeProvider.System,
            NullLogger<DropFolderProcessor>.Instance);
        var path = Path.Combine(_folder.Drop, "cong-van.docx");
        File.Copy(Plans.NonPlans()[0], path);

        (await processor.ProcessAsync(path)).ShouldBe(FileDisposition.Failed);

        File.ReadAllText(Path.Combine(_folder.Failed, "cong-van.docx.error.json")).ShouldContain(DocumentIngestor.NotAPlanErrorType);
        store.Documents(includeHistory: true).ShouldBeEmpty();
    }

    public void Dispose() => _folder.Dispose();
}
