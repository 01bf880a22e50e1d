namespace DocIngest.Ingestion.Watching;

/// <summary>A dropped file larger than any plan; it goes to the failed folder unread.</summary>
internal sealed class FileTooLargeException(string path, long size, long limit)
    : Exception($"{Path.GetFileName(path)}: the file is {size / (1024 * 1024)} MiB, larger than any plan ({limit / (1024 * 1024)} MiB limit). Check that it is the right file.");
