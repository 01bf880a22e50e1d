using DocIngest.Core.Documents;

namespace DocIngest.Core.Reading;

/// <summary>Reads one file format into the <see cref="DocumentModel"/>.</summary>
public interface IDocumentReader
{
    /// <summary>File extensions (with the dot, lower case) this reader takes.</summary>
    IReadOnlyCollection<string> Extensions { get; }

    /// <summary>
    /// Reads a whole document. Content problems the reader can read past become
    /// <see cref="DocumentModel.Diagnostics"/>; a file that cannot be read at all throws
    /// <see cref="DocumentReadException"/>.
    /// </summary>
    DocumentModel Read(Stream stream, string sourceName, CancellationToken cancellationToken = default);
}
