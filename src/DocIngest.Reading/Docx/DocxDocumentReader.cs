using DocIngest.Core.Documents;
using DocIngest.Core.Reading;

namespace DocIngest.Reading.Docx;

/// <summary>Reads Word .docx files (placeholder until the reader lands).</summary>
public sealed class DocxDocumentReader(ReaderOptions options) : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public DocumentModel Read(Stream stream, string sourceName, CancellationToken cancellationToken = default)
    {
        _ = options;
        throw new NotImplementedException();
    }
}
