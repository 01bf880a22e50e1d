using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace DocIngest.CorpusGenerator;

/// <summary>
/// Rewrites a package so that the same seed gives byte-identical files: System.IO.Packaging stamps
/// entries with the current time, names the core-properties part with a random GUID and gives the
/// package relationships random ids. All three become fixed here.
/// </summary>
internal static partial class DocxPackager
{
    private const string CorePropertiesPath = "docProps/core.xml";
    private static readonly DateTimeOffset FixedTime = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalise(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var coreName = input.Entries.Select(e => e.FullName).FirstOrDefault(n => n.EndsWith(".psmdcp", StringComparison.Ordinal));
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var name = entry.FullName == coreName ? CorePropertiesPath : entry.FullName;
                var bytes = Read(entry);
                if (entry.FullName == "_rels/.rels")
                {
                    bytes = Rewrite(bytes, text => RenumberIds(coreName is null ? text : text.Replace("/" + coreName, "/" + CorePropertiesPath, StringComparison.Ordinal)));
                }
                else if (entry.FullName == "[Content_Types].xml")
                {
                    bytes = Rewrite(bytes, text => PsmdcpDefault().Replace(text, $"<Override PartName=\"/{CorePropertiesPath}\" ContentType=\"$1\" />"));
                }

                var copy = archive.CreateEntry(name, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var to = copy.Open();
                to.Write(bytes);
            }
        }

        return output.ToArray();
    }

    private static byte[] Read(ZipArchiveEntry entry)
    {
        using var from = entry.Open();
        using var buffer = new MemoryStream();
        from.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static byte[] Rewrite(byte[] bytes, Func<string, string> change)
    {
        // Keep the byte-order mark the packaging layer wrote.
        var preamble = Encoding.UTF8.Preamble;
        var hasBom = bytes.AsSpan().StartsWith(preamble);
        var text = Encoding.UTF8.GetString(hasBom ? bytes[preamble.Length..] : bytes);
        var changed = Encoding.UTF8.GetBytes(change(text));
        return hasBom ? [.. preamble, .. changed] : changed;
    }

    private static string RenumberIds(string relationships)
    {
        var next = 1;
        return RandomId().Replace(relationships, _ => $"Id=\"rIdPkg{next++}\"");
    }

    [GeneratedRegex("Id=\"R[0-9a-f]{16}\"")]
    private static partial Regex RandomId();

    [GeneratedRegex("<Default Extension=\"psmdcp\" ContentType=\"([^\"]+)\" />")]
    private static partial Regex PsmdcpDefault();
}
