using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocIngest.CorpusGenerator.Tests;

/// <summary>
/// An independent reading of a generated .docx for the tests: every paragraph's visible text
/// (w:t only, so deleted text is left out) from the body, footnotes and endnotes, NFC, white space collapsed.
/// </summary>
internal static class DocxText
{
    public static IReadOnlyList<string> Paragraphs(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var package = WordprocessingDocument.Open(stream, false);
        var main = package.MainDocumentPart!;
        var paragraphs = main.Document!.Body!.Descendants<Paragraph>()
            .Concat(main.FootnotesPart?.Footnotes?.Descendants<Paragraph>() ?? [])
            .Concat(main.EndnotesPart?.Endnotes?.Descendants<Paragraph>() ?? []);
        return paragraphs.Select(p => Clean(string.Concat(p.Descendants<Text>().Select(t => t.Text)))).Where(t => t.Length > 0).ToList();
    }

    public static string Clean(string text) =>
        string.Join(' ', text.Normalize(NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
