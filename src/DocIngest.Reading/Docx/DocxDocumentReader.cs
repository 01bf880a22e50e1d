using System.Xml;
using DocIngest.Core.Documents;
using DocIngest.Core.Reading;
using DocIngest.Reading.Docx.Internal;
using DocIngest.Reading.Packaging;

namespace DocIngest.Reading.Docx;

/// <summary>
/// Reads Word .docx files (Word, LibreOffice, pandoc, python-docx output) into the document model:
/// body paragraphs and tables in order, computed list labels, notes with their printed marks, and
/// headers/footers kept apart. <see cref="PackageGuard"/> checks the bytes first; only then does the
/// OpenXml SDK open the package, and each part it finds is streamed, never loaded as a DOM.
/// </summary>
public sealed class DocxDocumentReader(ReaderOptions options) : IDocumentReader
{
    public IReadOnlyCollection<string> Extensions { get; } = [".docx"];

    public DocumentModel Read(Stream stream, string sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            var data = new PackageGuard(options, sourceName).Check(stream, cancellationToken);
            using var package = WordPackageOpener.Open(data, sourceName, options);
            return new DocxPackageReader(package.Main, sourceName, options, cancellationToken).Read();
        }
        catch (XmlNestingException)
        {
            throw new DocumentReadException(sourceName, ReadErrorCode.XmlTooComplex,
                $"The document nests elements more than {WordXml.MaxDepth} levels deep, which Word never writes.",
                "Open the file in Word and save it again as .docx; do not accept files edited by unknown tools.");
        }
        catch (Exception ex) when (ex is not (DocumentReadException or OperationCanceledException))
        {
            // The guard, the opener and the part reader map every known problem; anything else is still the file's fault.
            throw ex is XmlException
                ? PackageErrors.Corrupt(sourceName, "document", ex)
                : new DocumentReadException(sourceName, ReadErrorCode.Corrupt, $"The document could not be read ({ex.GetType().Name}: {ex.Message}).",
                    "Open it in Word (it offers to repair it) and save it again as .docx.", ex);
        }
    }
}
