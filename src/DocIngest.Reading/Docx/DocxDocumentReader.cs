using System.Xml;
using DocIngest.Core.Documents;
using DocIngest.Core.Reading;
using DocIngest.Reading.Docx.Internal;
using DocIngest.Reading.Packaging;
using DocumentFormat.OpenXml.Packaging;

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
            using var document = WordPackageOpener.Open(data, sourceName, options);
            return new DocxPackageReader(document.MainDocumentPart!, sourceName, options, cancellationToken).Read();
        }
        catch (XmlNestingException)
        {
            throw new DocumentReadException(sourceName, ReadErrorCode.XmlTooComplex,
                $"The document nests elements more than {WordXml.MaxDepth} levels deep, which Word never writes.",
                "Open the file in Word and save it again as .docx; do not accept files edited by unknown tools.");
        }
        catch (Exception ex) when (ex is not (DocumentReadException or OperationCanceledException))
        {
            throw Map(sourceName, ex);
        }
    }

    /// <summary>
    /// What the SDK (and System.IO.Packaging under it) throws for a package the guard let through:
    /// damaged [Content_Types].xml or .rels, parts of the wrong type, relationships to missing parts.
    /// </summary>
    private static DocumentReadException Map(string sourceName, Exception ex) => ex switch
    {
        XmlException => PackageErrors.BrokenStructure(sourceName, "its [Content_Types].xml or a relationships (.rels) part is not well-formed XML", ex),
        OpenXmlPackageException => PackageErrors.BrokenStructure(sourceName, OneLine(ex.Message), ex),
        FileFormatException => PackageErrors.BrokenStructure(sourceName, $"the zip does not follow the Open Packaging rules ({OneLine(ex.Message)})", ex),
        InvalidDataException or IOException => PackageErrors.Truncated(sourceName, ex),

        // System.IO.Packaging says "Specified part does not exist in the package" this way.
        InvalidOperationException => PackageErrors.BrokenStructure(sourceName, $"a relationship points to a part that cannot be loaded ({OneLine(ex.Message)})", ex),
        _ => new DocumentReadException(sourceName, ReadErrorCode.Corrupt, $"The document could not be read ({ex.GetType().Name}: {OneLine(ex.Message)}).",
            "Open it in Word (it offers to repair it) and save it again as .docx.", ex),
    };

    // SDK messages spread their details (part URI, content types) over several lines.
    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
}
