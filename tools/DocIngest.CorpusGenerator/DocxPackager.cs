using System.IO.Compression;

namespace DocIngest.CorpusGenerator;

/// <summary>
/// Rewrites a package with fixed entry timestamps so that the same seed gives byte-identical files
/// (the packaging layer stamps entries with the current time).
/// </summary>
internal static class DocxPackager
{
    private static readonly DateTimeOffset FixedTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalise(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
