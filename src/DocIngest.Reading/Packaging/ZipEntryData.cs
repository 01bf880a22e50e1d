namespace DocIngest.Reading.Packaging;

/// <summary>Where one zip entry's data lies in the package bytes, and what its header declares.</summary>
/// <param name="Method">0 = stored, 8 = deflate.</param>
/// <param name="Offset">Offset of the compressed data.</param>
/// <param name="CompressedLength">Compressed length from the central directory.</param>
/// <param name="DeclaredLength">Uncompressed length the central directory declares.</param>
internal readonly record struct ZipEntryData(int Method, long Offset, long CompressedLength, long DeclaredLength);
