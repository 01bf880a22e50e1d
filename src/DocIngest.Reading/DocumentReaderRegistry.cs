using DocIngest.Core.Documents;
using DocIngest.Core.Reading;
using DocIngest.Reading.Docx;
using DocIngest.Reading.Markdown;

namespace DocIngest.Reading;

/// <summary>Picks the reader for a file by its extension and reads it into the document model.</summary>
public sealed class DocumentReaderRegistry
{
    private readonly Dictionary<string, IDocumentReader> _byExtension;

    public DocumentReaderRegistry(IEnumerable<IDocumentReader> readers)
    {
        _byExtension = new Dictionary<string, IDocumentReader>(StringComparer.OrdinalIgnoreCase);
        foreach (var reader in readers)
        {
            foreach (var extension in reader.Extensions)
            {
                _byExtension[extension] = reader;
            }
        }
    }

    /// <summary>The .docx and Markdown/text readers with the given limits.</summary>
    public static DocumentReaderRegistry CreateDefault(ReaderOptions? options = null)
    {
        options ??= ReaderOptions.Default;
        return new DocumentReaderRegistry([new DocxDocumentReader(options), new MarkdownDocumentReader(options)]);
    }

    /// <summary>Extensions some reader takes (".docx", ".md", ".txt" …).</summary>
    public IReadOnlyCollection<string> SupportedExtensions => _byExtension.Keys;

    /// <summary>True when a reader takes files with this name's extension.</summary>
    public bool CanRead(string path) => _byExtension.ContainsKey(Path.GetExtension(path));

    /// <summary>Reads a file; a file no reader takes, or one that cannot be read, throws <see cref="DocumentReadException"/>.</summary>
    public DocumentModel ReadFile(string path, CancellationToken cancellationToken = default)
    {
        var name = Path.GetFileName(path);
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        return Read(stream, name, cancellationToken);
    }

    /// <summary>Reads a stream whose format is told by <paramref name="sourceName"/>'s extension.</summary>
    public DocumentModel Read(Stream stream, string sourceName, CancellationToken cancellationToken = default)
    {
        var extension = Path.GetExtension(sourceName);
        if (!_byExtension.TryGetValue(extension, out var reader))
        {
            throw UnsupportedType(sourceName, extension);
        }

        var document = reader.Read(stream, sourceName, cancellationToken);
        return LookAlikeScripts.Check(document) is { } obfuscated ? throw obfuscated : document;
    }

    private static DocumentReadException UnsupportedType(string sourceName, string extension) =>
        extension.ToLowerInvariant() switch
        {
            ".doc" => new DocumentReadException(sourceName, ReadErrorCode.LegacyWordBinary,
                "Word 97-2003 .doc is not supported.", "Open it in Word or LibreOffice and save it as .docx."),
            ".docm" => new DocumentReadException(sourceName, ReadErrorCode.MacroEnabledDocument,
                "Macro-enabled Word documents (.docm) are not accepted.", "Save it as a .docx (Word Document) without macros."),
            _ => new DocumentReadException(sourceName, ReadErrorCode.UnsupportedFileType,
                $"'{extension}' files are not plan documents DocIngest can read.", "Give it a .docx, .md or .txt file."),
        };
}
