using System.Buffers;
using System.IO.Compression;
using System.Xml;

namespace DocIngest.Reading.Packaging;

/// <summary>
/// Checks a would-be .docx before any XML is parsed: empty files, OLE2 (.doc or encrypted),
/// non-zip and truncated zips, packages without a Word main part, macro-enabled content, and
/// decompression bombs (sizes measured while inflating, never taken from headers alone).
/// Returns the inflated XML parts so nothing is inflated twice.
/// </summary>
internal sealed class PackageGuard(ReaderOptions options, string sourceName)
{
    private const string ContentTypesNs = "http://schemas.openxmlformats.org/package/2006/content-types";
    private const long RatioFloorBytes = 1024 * 1024;
    private const int ChunkBytes = 64 * 1024;

    public WordPackage Open(Stream stream, CancellationToken cancellationToken)
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

        var parts = Inflate(data, cancellationToken);
        var main = FindMainPart(parts);
        return new WordPackage(sourceName, parts, main);
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

    private Dictionary<string, byte[]> Inflate(byte[] data, CancellationToken cancellationToken)
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
                return InflateAll(archive, data, cancellationToken);
            }
            catch (InvalidDataException ex)
            {
                // A damaged central directory entry or local header, found while enumerating.
                throw PackageErrors.Truncated(sourceName, ex);
            }
        }
    }

    private Dictionary<string, byte[]> InflateAll(ZipArchive archive, byte[] data, CancellationToken cancellationToken)
    {
        var parts = new Dictionary<string, byte[]>(StringComparer.OrdinalIgnoreCase);
        var located = ZipLocator.Locate(data);
        long total = 0;
        foreach (var entry in archive.Entries)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (entry.Length > options.MaxEntryBytes)
            {
                throw PackageErrors.Bomb(sourceName, entry.FullName, $"declares {entry.Length:N0} bytes uncompressed (limit {options.MaxEntryBytes:N0})");
            }

            var keep = IsXmlPart(entry.FullName);
            var (bytes, length) = InflateEntry(data, entry, located.GetValueOrDefault(entry.FullName), keep, total);
            total += length;
            if (bytes is not null)
            {
                if (HasDoctype(bytes))
                {
                    throw PackageErrors.XmlTooComplex(sourceName, entry.FullName);
                }

                parts[entry.FullName.TrimStart('/')] = bytes;
            }
        }

        return parts;
    }

    private (byte[]? Bytes, long Length) InflateEntry(byte[] data, ZipArchiveEntry entry, ZipEntryData raw, bool keep, long totalSoFar)
    {
        var compressed = Math.Max(entry.CompressedLength, 1);
        using var output = keep ? new MemoryStream((int)Math.Min(entry.Length, 1 << 20)) : null;
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

                output?.Write(chunk, 0, read);
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

        return (output?.ToArray(), length);
    }

    private string FindMainPart(Dictionary<string, byte[]> parts)
    {
        if (!parts.TryGetValue("[Content_Types].xml", out var contentTypes))
        {
            throw PackageErrors.NotWord(sourceName, "it has no [Content_Types].xml, so it is a plain zip archive");
        }

        var package = new WordPackage(sourceName, parts, string.Empty);
        var main = package.RelationshipsOf(string.Empty)
            .FirstOrDefault(r => r.Is("officeDocument") && !r.External)?.Target;
        main ??= parts.ContainsKey("word/document.xml") ? "word/document.xml" : null;
        if (main is null || !parts.ContainsKey(main))
        {
            throw PackageErrors.NotWord(sourceName, "it has no word/document.xml main part");
        }

        var type = ContentTypeOf(contentTypes, main);
        if (type.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase) || parts.ContainsKey("word/vbaProject.bin"))
        {
            throw PackageErrors.Macro(sourceName);
        }

        if (type.Length > 0 && !type.Contains("wordprocessingml", StringComparison.OrdinalIgnoreCase))
        {
            throw PackageErrors.NotWord(sourceName, $"its main part is '{type}'");
        }

        return main;
    }

    private string ContentTypeOf(byte[] contentTypes, string partName)
    {
        string? byExtension = null;
        var extension = Path.GetExtension(partName).TrimStart('.');
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(contentTypes, writable: false), SafeXml.Settings);
            while (reader.Read())
            {
                if (reader.NodeType != XmlNodeType.Element || reader.NamespaceURI != ContentTypesNs)
                {
                    continue;
                }

                if (reader.LocalName == "Override" &&
                    string.Equals(reader.GetAttribute("PartName")?.TrimStart('/'), partName, StringComparison.OrdinalIgnoreCase))
                {
                    return reader.GetAttribute("ContentType") ?? string.Empty;
                }

                if (reader.LocalName == "Default" && string.Equals(reader.GetAttribute("Extension"), extension, StringComparison.OrdinalIgnoreCase))
                {
                    byExtension = reader.GetAttribute("ContentType");
                }
            }
        }
        catch (XmlException ex)
        {
            throw PackageErrors.Corrupt(sourceName, "[Content_Types].xml", ex);
        }

        return byExtension ?? string.Empty;
    }

    private static bool IsXmlPart(string name) =>
        name.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);

    private static bool HasDoctype(ReadOnlySpan<byte> xml) =>
        xml.IndexOf("<!DOCTYPE"u8) >= 0 || xml.IndexOf("<!ENTITY"u8) >= 0;
}
