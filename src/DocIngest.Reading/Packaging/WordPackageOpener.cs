using System.IO.Packaging;
using System.Xml;
using DocIngest.Core.Reading;
using DocumentFormat.OpenXml.Packaging;

namespace DocIngest.Reading.Packaging;

/// <summary>
/// Opens package bytes that <see cref="PackageGuard"/> has passed with the OpenXml SDK, read-only,
/// and checks that the main part really is a Word document: the SDK opens a workbook or a .docm
/// as a WordprocessingDocument without complaint and only its content type tells them apart.
/// </summary>
internal static class WordPackageOpener
{
    public static OpenedWordPackage Open(byte[] data, string sourceName, ReaderOptions options)
    {
        var settings = new OpenSettings
        {
            AutoSave = false,

            // The guard already bounds every part by its inflated size; this also bounds any part the SDK parses itself.
            MaxCharactersInPart = options.MaxEntryBytes,
        };

        Package? package = null;
        WordprocessingDocument? document = null;
        try
        {
            // Handing the SDK a Package, not the stream, measured about half the time and allocation of its stream overload.
            package = Package.Open(new MemoryStream(data, writable: false), FileMode.Open, FileAccess.Read);
            document = WordprocessingDocument.Open(package, settings);
            var main = document.MainDocumentPart
                ?? throw PackageErrors.NotWord(sourceName, "no main document part is registered: _rels/.rels or [Content_Types].xml does not point to word/document.xml");
            var type = main.ContentType;
            if (type.Contains("macroEnabled", StringComparison.OrdinalIgnoreCase))
            {
                throw PackageErrors.Macro(sourceName);
            }

            if (!type.Contains("wordprocessingml", StringComparison.OrdinalIgnoreCase))
            {
                throw PackageErrors.NotWord(sourceName, $"its main part is '{type}'");
            }

            // The SDK loads a part's relationships on first use; load the main part's now, so a
            // broken one is reported here as the package's fault and not later from the walker.
            _ = main.Parts.Count();
            return new OpenedWordPackage(package, document);
        }
        catch (Exception ex) when (ex is not DocumentReadException)
        {
            document?.Dispose();
            package?.Close();
            throw Map(sourceName, ex);
        }
        catch
        {
            document?.Dispose();
            package?.Close();
            throw;
        }
    }

    /// <summary>What the SDK and System.IO.Packaging under it throw for a package the guard let through.</summary>
    private static DocumentReadException Map(string sourceName, Exception ex) => ex switch
    {
        XmlException => PackageErrors.BrokenStructure(sourceName, "its [Content_Types].xml or a relationships (.rels) part is not well-formed XML", ex),
        OpenXmlPackageException => PackageErrors.BrokenStructure(sourceName, OneLine(ex.Message), ex),
        FileFormatException => PackageErrors.BrokenStructure(sourceName, $"the zip does not follow the Open Packaging rules ({OneLine(ex.Message)})", ex),
        InvalidDataException or IOException => PackageErrors.Truncated(sourceName, ex),

        // System.IO.Packaging reports a relationship whose target is not in the zip this way.
        InvalidOperationException => PackageErrors.BrokenStructure(sourceName, $"a relationship points to a part that is not in the package ({OneLine(ex.Message)})", ex),
        _ => PackageErrors.BrokenStructure(sourceName, $"{ex.GetType().Name}: {OneLine(ex.Message)}", ex),
    };

    // SDK messages spread their details (part URI, content types) over several lines.
    private static string OneLine(string message) =>
        string.Join(' ', message.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).TrimEnd('.');
}
