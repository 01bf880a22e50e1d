using System.Buffers;
using System.IO.Compression;

namespace DocIngest.Reading.Packaging;

/// <summary>
/// Checks a would-be .docx before the OpenXml SDK sees it: empty files, OLE2 (.doc or encrypted),
/// non-zip and truncated zips, plain zips, macro projects, DTDs, and decompression bombs. Every
/// entry is inflated once here and only counted (nothing is kept), because the SDK's zip layer
/// trusts the sizes in the headers; after this check those sizes are known to be true and within
/// the limits, so whatever the SDK inflates later is bounded.
/// </summary>
internal sealed class PackageGuard(ReaderOptions options, string sourceName)
{
    private const long RatioFloorBytes = 1024 * 1024;
    private const int ChunkBytes = 64 * 1024;

    /// <summary>Reads the whole stream and checks it; returns the package bytes for the SDK to open.</summary>
    public byte[] Check(Stream stream, CancellationToken cancellationToken)
    {
        var data = ReadAll(stream, cancellationToken);
        if (data.Length == 0)
        {
            throw PackageErrors.Empty(sourceName);
        }

        if (CompoundFile.IsCompoundFile(data))
        {
            throw CompoundFile.HasEntry(data, "EncryptedPackage")
                ? PackageErrors.Encrypted(sourceName)
                : PackageErrors.LegacyBinary(sourceName);
        }

        if (data.Length < 4 || data[0] != 'P' || data[1] != 'K')
        {
            throw PackageErrors.NotZip(sourceName);
        }

        CheckEntries(data, cancellationToken);
        return data;
    }

    private byte[] ReadAll(Stream stream, CancellationToken cancellationToken)
    {
        if (stream.CanSeek && stream.Length - stream.Position > options.MaxPackageBytes)
        {
            throw PackageErrors.TooLarge(sourceName, $"the file is larger than {options.MaxPackageBytes:N0} bytes");
        }

        using var buffer = stream.CanSeek ? new MemoryStream((int)Math.Min(stream.Length - stream.Position, int.MaxValue)) : new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        try
        {
            int read;
            while ((read = stream.Read(chunk, 0, ChunkBytes)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (buffer.Length + read > options.MaxPackageBytes)
                {
                    throw PackageErrors.TooLarge(sourceName, $"the file is larger than {options.MaxPackageBytes:N0} bytes");
                }

                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.Length == buffer.Capacity ? buffer.GetBuffer() : buffer.ToArray();
    }

    private void CheckEntries(byte[] data, CancellationToken cancellationToken)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(new MemoryStream(data, writable: false), ZipArchiveMode.Read);
        }
        catch (InvalidDataException ex)
        {
            // A local header at the start but no readable central directory: the tail is missing.
            throw data[2] == 3 && data[3] == 4 ? PackageErrors.Truncated(sourceName, ex) : PackageErrors.NotZip(sourceName);
        }

        using (archive)
        {
            try
            {
                CheckEntries(archive, data, cancellationToken);
            }
            catch (InvalidDataException ex)
            {
                // A damaged central directory entry or local header, found while enumerating.
                throw PackageErrors.Truncated(sourceName, ex);
            }
        }
    }

    private void CheckEntries(ZipArchive archive, byte[] data, CancellationToken cancellationToken)
    {
        var located = ZipLocator.Locate(data);
        long total = 0;
        bool hasContentTypes = false, hasMacros = false;
        foreach (var entry in archive.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.Length > options.MaxEntryBytes)
            {
                throw PackageErrors.Bomb(sourceName, entry.FullName, $"declares {entry.Length:N0} bytes uncompressed (limit {options.MaxEntryBytes:N0})");
            }

            var name = entry.FullName.TrimStart('/');
            hasContentTypes |= name.Equals("[Content_Types].xml", StringComparison.OrdinalIgnoreCase);
            hasMacros |= name.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase);
            var scanner = IsXmlPart(name) ? new DoctypeScanner() : null;
            total += MeasureEntry(data, entry, located.GetValueOrDefault(entry.FullName), scanner, total);
            if (scanner is { Found: true })
            {
                throw PackageErrors.XmlTooComplex(sourceName, name);
            }
        }

        if (!hasContentTypes)
        {
            throw PackageErrors.NotWord(sourceName, "it has no [Content_Types].xml, so it is a plain zip archive");
        }

        if (hasMacros)
        {
            throw PackageErrors.Macro(sourceName);
        }
    }

    /// <summary>Inflates one entry without keeping it, enforcing the limits on the bytes really produced.</summary>
    private long MeasureEntry(byte[] data, ZipArchiveEntry entry, ZipEntryData raw, DoctypeScanner? scanner, long totalSoFar)
    {
        var compressed = Math.Max(entry.CompressedLength, 1);
        var chunk = ArrayPool<byte>.Shared.Rent(ChunkBytes);
        long length = 0;
        try
        {
            // Inflate the raw bytes where the central directory could be read, so the real size is
            // measured even when the header understates it; otherwise ZipArchive bounds by the header.
            using var input = raw.Method switch
            {
                8 when raw.CompressedLength > 0 => new DeflateStream(new MemoryStream(data, (int)raw.Offset, (int)raw.CompressedLength, writable: false), CompressionMode.Decompress),
                0 when raw.CompressedLength > 0 => new MemoryStream(data, (int)raw.Offset, (int)raw.CompressedLength, writable: false),
                _ => entry.Open(),
            };
            int read;
            while ((read = input.Read(chunk, 0, ChunkBytes)) > 0)
            {
                length += read;
                if (length > options.MaxEntryBytes)
                {
                    throw PackageErrors.Bomb(sourceName, entry.FullName, $"inflates past {options.MaxEntryBytes:N0} bytes");
                }

                if (totalSoFar + length > options.MaxPackageBytes)
                {
                    throw PackageErrors.Bomb(sourceName, entry.FullName, $"brings the package past {options.MaxPackageBytes:N0} bytes uncompressed");
                }

                if (length > RatioFloorBytes && (double)length / compressed > options.MaxCompressionRatio)
                {
                    throw PackageErrors.Bomb(sourceName, entry.FullName, $"inflates more than {options.MaxCompressionRatio:0} times its compressed size");
                }

                scanner?.Scan(chunk.AsSpan(0, read));
            }

            if (raw.CompressedLength > 0 && length != raw.DeclaredLength)
            {
                // Within the limits, a size that disagrees with the header is damage, not a bomb.
                throw PackageErrors.DamagedEntry(sourceName, entry.FullName, length, raw.DeclaredLength);
            }
        }
        catch (InvalidDataException ex)
        {
            throw PackageErrors.Truncated(sourceName, ex);
        }
        catch (IOException ex)
        {
            throw PackageErrors.Truncated(sourceName, ex);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return length;
    }

    private static bool IsXmlPart(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
}
