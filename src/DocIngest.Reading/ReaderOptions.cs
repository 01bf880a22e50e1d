namespace DocIngest.Reading;

/// <summary>
/// Limits that keep a hostile or broken file from taking the process down. The defaults let
/// every real plan through with room to spare.
/// </summary>
public sealed record ReaderOptions
{
    /// <summary>Largest uncompressed size of one package entry (default 64 MiB).</summary>
    public long MaxEntryBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Largest uncompressed size of all package entries together (default 256 MiB).</summary>
    public long MaxPackageBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>Largest inflate ratio of an entry that is bigger than 1 MiB (default 100).</summary>
    public double MaxCompressionRatio { get; init; } = 100;

    /// <summary>Largest Markdown or text file (default 64 MiB).</summary>
    public long MaxTextFileBytes { get; init; } = 64L * 1024 * 1024;

    /// <summary>Longest paragraph, in characters (default 1,000,000; a plan's longest is a few thousand).</summary>
    public int MaxParagraphChars { get; init; } = 1_000_000;

    /// <summary>The defaults.</summary>
    public static ReaderOptions Default { get; } = new();
}
