using System.IO.Packaging;
using DocumentFormat.OpenXml.Packaging;

namespace DocIngest.Reading.Packaging;

/// <summary>A Word package opened read-only by the SDK over a System.IO.Packaging package this reader owns.</summary>
internal sealed class OpenedWordPackage(Package package, WordprocessingDocument document) : IDisposable
{
    /// <summary>The main document part, checked to be WordprocessingML.</summary>
    public MainDocumentPart Main => document.MainDocumentPart!;

    public void Dispose()
    {
        // The SDK does not close a package it was handed, so both are closed here.
        document.Dispose();
        package.Close();
    }
}
