using DocIngest.Core.Documents;
using DocIngest.Core.Reading;

namespace DocIngest.Reading.Markdown;

/// <summary>Reads Markdown and plain-text plans (placeholder until the reader lands).</summary>
public sealed class MarkdownDocumentReader(ReaderOptions options) : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown", ".txt"];

    public DocumentModel Read(Stream stream, string sourceName, CancellationToken cancellationToken = default)
    {
        _ = options;
        throw new NotImplementedException();
    }
}
