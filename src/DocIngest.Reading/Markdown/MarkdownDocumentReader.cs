using DocIngest.Core.Documents;
using DocIngest.Core.Reading;
using DocIngest.Core.Text;
using DocIngest.Reading.Markdown.Internal;
using Markdig;
using Markdig.Parsers;

namespace DocIngest.Reading.Markdown;

/// <summary>
/// Reads Markdown and plain-text plans with Markdig into the document model. Plan text files are
/// seldom real Markdown, so on top of Markdig it finds printed labels ("I.", "a)"), keeps header
/// lines apart, and undoes PDF-export damage: notes in mid-body, superscript marks, cut sentences.
/// An empty (or blank) file throws <see cref="ReadErrorCode.EmptyFile"/>, like an empty .docx,
/// so a batch reports it instead of storing a plan with nothing in it.
/// </summary>
public sealed partial class MarkdownDocumentReader : IDocumentReader
{
    private const int ChunkBytes = 16_384;

    private readonly ReaderOptions _options;
    private readonly MarkdownPipeline _markdownPipeline;
    private readonly MarkdownPipeline _textPipeline;

    public MarkdownDocumentReader(ReaderOptions options)
    {
        _options = options;
        _markdownPipeline = BuildPipeline(setextHeadings: true);
        // In a .txt plan a line of "-------" under the issuer is a printed rule, not the
        // underline of a setext heading.
        _textPipeline = BuildPipeline(setextHeadings: false);
    }

    public IReadOnlyCollection<string> Extensions { get; } = [".md", ".markdown", ".txt"];

    public DocumentModel Read(Stream stream, string sourceName, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        var bytes = ReadBounded(stream, sourceName, cancellationToken);
        var diagnostics = new List<ReadDiagnostic>();
        var text = TextDecoder.Decode(bytes, sourceName, out var legacy);
        if (legacy)
        {
            diagnostics.Add(new ReadDiagnostic("text-windows-1258",
                "The file is not UTF-8; it was read as Windows-1258 (Vietnamese Windows)."));
        }

        text = VietnameseText.Nfc(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DocumentReadException(sourceName, ReadErrorCode.EmptyFile,
                "The file has no text.", "Check that the right file was given.");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var converter = new BlockConverter(text, TextLayout.Measure(text), cancellationToken);
        List<Block> body;
        var plainText = Path.GetExtension(sourceName).Equals(".txt", StringComparison.OrdinalIgnoreCase);
        var pipeline = plainText ? _textPipeline : _markdownPipeline;
        if (plainText)
        {
            // A PDF copy puts "2." on a line of its own; Markdown would read an empty list item.
            try
            {
                text = BareNumberLine().Replace(text, "$1 ");
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
            {
                // Only a mending step: the text reads as it is.
            }
        }

        if (Parse(text, pipeline) is { } document)
        {
            body = converter.Convert(document);
        }
        else
        {
            diagnostics.Add(new ReadDiagnostic("markdown-too-deep",
                "The markup is nested deeper than Markdig allows; the file was read as plain text."));
            body = converter.ConvertPlain(text);
        }

        body.RemoveAll(DocumentAssembler.IsRule);
        for (var i = 0; i < body.Count; i++)
        {
            body[i] = DocumentAssembler.MapParagraphs(body[i], DocumentAssembler.DetectLabel);
        }

        var notes = converter.Notes;
        PageBreakNotes.Apply(body, notes);
        for (var i = 0; i < notes.Count; i++)
        {
            notes[i] = notes[i] with { Paragraphs = notes[i].Paragraphs.Select(DocumentAssembler.EnsureNfc).ToList() };
        }

        var blocks = new List<Block>(body.Count);
        foreach (var block in body)
        {
            var limited = DocumentAssembler.Limit(block, _options.MaxParagraphChars, diagnostics);
            var nfc = DocumentAssembler.MapParagraphs(limited, DocumentAssembler.EnsureNfc);
            blocks.Add(DocumentAssembler.Position(nfc, BlockPosition.InBody(blocks.Count)));
        }

        return new DocumentModel(sourceName, blocks) { Notes = notes, Diagnostics = diagnostics };
    }

    private static MarkdownPipeline BuildPipeline(bool setextHeadings)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePipeTables()
            .UseFootnotes()
            .UsePreciseSourceLocation();
        // Indentation in a text plan is a first-line indent, not code; raw HTML blocks do not occur.
        builder.BlockParsers.TryRemove<IndentedCodeBlockParser>();
        builder.BlockParsers.TryRemove<HtmlBlockParser>();
        if (builder.BlockParsers.Find<ParagraphBlockParser>() is { } paragraphs)
        {
            paragraphs.ParseSetextHeadings = setextHeadings;
        }

        return builder.Build();
    }

    private static Markdig.Syntax.MarkdownDocument? Parse(string text, MarkdownPipeline pipeline)
    {
        try
        {
            return Markdig.Markdown.Parse(text, pipeline);
        }
        catch (ArgumentException)
        {
            // Markdig refuses markup nested past its depth limit (thousands of ">", "[" or "*a").
            return null;
        }
    }

    private byte[] ReadBounded(Stream stream, string sourceName, CancellationToken cancellationToken)
    {
        var max = _options.MaxTextFileBytes;
        byte[] bytes;
        if (stream.CanSeek)
        {
            var remaining = stream.Length - stream.Position;
            if (remaining > max)
            {
                throw TooLarge(sourceName, remaining, max);
            }

            bytes = new byte[remaining];
            var filled = 0;
            int read;
            while (filled < bytes.Length && (read = stream.Read(bytes, filled, bytes.Length - filled)) > 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
                filled += read;
            }

            bytes = filled == bytes.Length ? bytes : bytes[..filled];
        }
        else
        {
            bytes = ReadUnseekable(stream, sourceName, max, cancellationToken);
        }

        if (bytes.Length == 0)
        {
            throw new DocumentReadException(sourceName, ReadErrorCode.EmptyFile,
                "The file is empty (0 bytes).", "Check that the right file was given.");
        }

        return bytes;
    }

    private static byte[] ReadUnseekable(Stream stream, string sourceName, long max, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (buffer.Length + read > max)
            {
                throw TooLarge(sourceName, buffer.Length + read, max);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static DocumentReadException TooLarge(string sourceName, long size, long max) =>
        new(sourceName, ReadErrorCode.TooLarge,
            $"The text file is larger than the limit of {max:N0} bytes (at least {size:N0}).",
            "Split the file, or raise MaxTextFileBytes if it really is one plan.");

    [System.Text.RegularExpressions.GeneratedRegex(@"(?m)^([ \t]*\d{1,2}(?:\.\d{1,2})*[.)])[ \t]*\r?\n(?=[ \t]*[^\s\d])", System.Text.RegularExpressions.RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial System.Text.RegularExpressions.Regex BareNumberLine();
}
