using DocumentFormat.OpenXml.Packaging;

namespace DocIngest.Reading.Packaging;

/// <summary>
/// Opens package bytes that <see cref="PackageGuard"/> has passed with the OpenXml SDK, read-only,
/// and checks that the main part really is a Word document: the SDK opens a workbook or a .docm
/// as a WordprocessingDocument without complaint and only its content type tells them apart.
/// </summary>
internal static class WordPackageOpener
{
    public static WordprocessingDocument Open(byte[] data, string sourceName, ReaderOptions options)
    {
        var settings = new OpenSettings
        {
            AutoSave = false,

            // The guard already bounds every part by its inflated size; this also bounds any part the SDK parses itself.
            MaxCharactersInPart = options.MaxEntryBytes,
        };
        var document = WordprocessingDocument.Open(new MemoryStream(data, writable: false), false, settings);
        try
        {
            var main = document.MainDocumentPart
                ?? throw PackageErrors.NotWord(sourceName, "it has no main document part (word/document.xml)");
            var type = main.ContentType;
            if (type.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
            {
                throw PackageErrors.Macro(sourceName);
            }

            if (!type.Contains("wordprocessingml", StringComparison.OrdinalIgnoreCase))
            {
                throw PackageErrors.NotWord(sourceName, $"its main part is '{type}'");
            }

            return document;
        }
        catch
        {
            document.Dispose();
            throw;
        }
    }
}
