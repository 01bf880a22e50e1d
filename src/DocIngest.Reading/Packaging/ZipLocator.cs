using System.Buffers.Binary;
using System.Text;

namespace DocIngest.Reading.Packaging;

/// <summary>
/// Finds where each entry's compressed bytes lie by reading the zip central directory and local
/// headers itself. <see cref="System.IO.Compression.ZipArchive"/> stops inflating at the size the
/// header declares, so a lying header would go unnoticed; inflating the raw bytes lets the guard
/// measure what an entry really expands to.
/// </summary>
internal static class ZipLocator
{
    private const uint EndOfDirectory = 0x06054B50;
    private const uint DirectoryEntry = 0x02014B50;
    private const uint LocalHeader = 0x04034B50;

    /// <summary>Entry name → where its data is; empty when the directory cannot be read this simply (zip64 …).</summary>
    public static Dictionary<string, ZipEntryData> Locate(byte[] zip)
    {
        var result = new Dictionary<string, ZipEntryData>(StringComparer.Ordinal);
        var end = FindEndOfDirectory(zip);
        if (end < 0)
        {
            return result;
        }

        int count = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan(end + 10));
        var offset = BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(end + 16));
        var position = (long)offset;
        for (var i = 0; i < count; i++)
        {
            if (position + 46 > zip.Length || BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan((int)position)) != DirectoryEntry)
            {
                return [];
            }

            var entry = zip.AsSpan((int)position);
            int method = BinaryPrimitives.ReadUInt16LittleEndian(entry[10..]);
            var compressed = BinaryPrimitives.ReadUInt32LittleEndian(entry[20..]);
            var declared = BinaryPrimitives.ReadUInt32LittleEndian(entry[24..]);
            int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(entry[28..]);
            int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(entry[30..]);
            int commentLength = BinaryPrimitives.ReadUInt16LittleEndian(entry[32..]);
            var local = BinaryPrimitives.ReadUInt32LittleEndian(entry[42..]);
            if (position + 46 + nameLength > zip.Length || compressed == uint.MaxValue || declared == uint.MaxValue || local == uint.MaxValue)
            {
                return [];
            }

            var name = Encoding.UTF8.GetString(entry.Slice(46, nameLength));
            if (DataOffset(zip, local) is { } data && data + compressed <= zip.Length)
            {
                result[name] = new ZipEntryData(method, data, compressed, declared);
            }

            position += 46 + nameLength + extraLength + commentLength;
        }

        return result;
    }

    private static long? DataOffset(byte[] zip, uint local)
    {
        if (local + 30L > zip.Length || BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan((int)local)) != LocalHeader)
        {
            return null;
        }

        int nameLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan((int)local + 26));
        int extraLength = BinaryPrimitives.ReadUInt16LittleEndian(zip.AsSpan((int)local + 28));
        return local + 30L + nameLength + extraLength;
    }

    private static int FindEndOfDirectory(byte[] zip)
    {
        for (var i = zip.Length - 22; i >= Math.Max(0, zip.Length - 22 - ushort.MaxValue); i--)
        {
            if (BinaryPrimitives.ReadUInt32LittleEndian(zip.AsSpan(i)) == EndOfDirectory)
            {
                return i;
            }
        }

        return -1;
    }
}
