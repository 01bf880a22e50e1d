namespace DocIngest.Storage;

/// <summary>The file a record was extracted from, and what extracted it.</summary>
/// <param name="Path">The file's path when it was ingested.</param>
/// <param name="Sha256">Hex SHA-256 of the file's bytes: the identity of its content.</param>
/// <param name="Content">The original bytes, kept in the database's file storage.</param>
/// <param name="ExtractorVersion">Version of the extractor that produced the record.</param>
/// <param name="ModelVersion">Version of the classifier models, when any took part.</param>
public sealed record StoreSource(string Path, string Sha256, ReadOnlyMemory<byte> Content, string ExtractorVersion, string? ModelVersion = null);
