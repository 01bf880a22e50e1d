namespace DocIngest.Ingestion.Tests;

/// <summary>A fresh drop folder with its processed/ and failed/ siblings and a database path, removed afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "docingest-watch-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Drop);
    }

    public string Root { get; }

    public string Drop => Path.Combine(Root, "in");

    public string Processed => Path.Combine(Root, "processed");

    public string Failed => Path.Combine(Root, "failed");

    public string Database => Path.Combine(Root, "plans.db");

    /// <summary>Every file under processed/ (all days).</summary>
    public IReadOnlyList<string> ProcessedFiles() =>
        Directory.Exists(Processed) ? Directory.GetFiles(Processed, "*", SearchOption.AllDirectories) : [];

    public IReadOnlyList<string> FailedFiles() =>
        Directory.Exists(Failed) ? Directory.GetFiles(Failed).Where(f => !f.EndsWith(".error.json", StringComparison.Ordinal)).ToList() : [];

    public IReadOnlyList<string> DropFiles() => Directory.GetFiles(Drop);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A process that was killed may still release a handle; the temp folder is cleaned by the OS later.
        }
    }
}
