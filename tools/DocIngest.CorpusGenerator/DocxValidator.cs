using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace DocIngest.CorpusGenerator;

/// <summary>Reopens a generated package and checks it against the Office 2019 schema, so the corpus holds real, valid Word files.</summary>
internal static class DocxValidator
{
    public static IEnumerable<string> Validate(GeneratedDocument document)
    {
        using var stream = new MemoryStream(document.Docx);
        using var package = WordprocessingDocument.Open(stream, false);
        var validator = new OpenXmlValidator(FileFormatVersions.Office2019);
        return validator.Validate(package).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}").ToList();
    }
}
