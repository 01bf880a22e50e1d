using System.Text;
using DocIngest.Core.Documents;
using DocIngest.Reading.Markdown;

namespace DocIngest.Reading.Tests.Markdown;

/// <summary>Reads fixtures and inline Markdown through the reader.</summary>
internal static class MarkdownTestFiles
{
    public const string SeedText = "seed.txt";
    public const string SeedDocx = "seed_docx.docx";

    public static string FixturePath(string name) =>
        Path.Combine(AppContext.BaseDirectory, "Fixtures", "markdown", name);

    public static DocumentModel ReadFixture(string name, ReaderOptions? options = null)
    {
        using var stream = File.OpenRead(FixturePath(name));
        return new MarkdownDocumentReader(options ?? ReaderOptions.Default).Read(stream, name);
    }

    public static DocumentModel ReadText(string text, ReaderOptions? options = null, string name = "test.md") =>
        ReadBytes(Encoding.UTF8.GetBytes(text), options, name);

    public static DocumentModel ReadBytes(byte[] bytes, ReaderOptions? options = null, string name = "test.md")
    {
        using var stream = new MemoryStream(bytes);
        return new MarkdownDocumentReader(options ?? ReaderOptions.Default).Read(stream, name);
    }

    public static List<ParagraphBlock> Paragraphs(this DocumentModel model) =>
        model.Body.OfType<ParagraphBlock>().ToList();

    /// <summary>The text carrying exactly <paramref name="formatting"/>, run by run.</summary>
    public static List<string> RunTexts(this ParagraphBlock paragraph, RunFormatting formatting) =>
        paragraph.Runs.Where(r => r.Formatting == formatting).Select(r => paragraph.Text.Substring(r.Start, r.Length)).ToList();
}
