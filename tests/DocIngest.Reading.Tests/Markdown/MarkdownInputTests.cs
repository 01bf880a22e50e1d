using System.Text;
using DocIngest.Core.Reading;
using DocIngest.Reading.Markdown;
using static DocIngest.Reading.Tests.Markdown.MarkdownTestFiles;

namespace DocIngest.Reading.Tests.Markdown;

/// <summary>Encodings, limits and broken input.</summary>
public sealed class MarkdownInputTests
{
    [Fact]
    public void Read_Utf8WithBom_BomIsNotText()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("# Kế hoạch")).ToArray();
        ReadBytes(bytes).Paragraphs().Single().Text.ShouldBe("Kế hoạch");
    }

    [Fact]
    public void Read_DecomposedText_ComesOutNfc()
    {
        var text = ReadText("Vie\u0302\u0323t Nam").Paragraphs().Single().Text;
        text.ShouldBe("Việt Nam");
        text.IsNormalized(NormalizationForm.FormC).ShouldBeTrue();
    }

    [Fact]
    public void Read_Windows1258Bytes_DecodedWithDiagnostic()
    {
        // "Việt" in Windows-1258: V i ê(0xEA) combining dot below(0xF2) t — not valid UTF-8.
        var model = ReadBytes([0x56, 0x69, 0xEA, 0xF2, 0x74]);
        model.Paragraphs().Single().Text.ShouldBe("Việt");
        model.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("text-windows-1258");
    }

    [Fact]
    public void Read_BinaryBytes_ThrowsInvalidText()
    {
        var ex = Should.Throw<DocumentReadException>(() => ReadBytes([0x50, 0x4B, 0x03, 0x04, 0x00, 0xFF, 0xC3]));
        ex.Code.ShouldBe(ReadErrorCode.InvalidText);
        ex.Message.ShouldContain("test.md");
    }

    [Fact]
    public void Read_BytesInvalidInUtf8AndWindows1258_ThrowsInvalidText()
    {
        // 0xC3 0x28 is broken UTF-8; 0x8A has no character in Windows-1258.
        var ex = Should.Throw<DocumentReadException>(() => ReadBytes([0x41, 0xC3, 0x28, 0x8A]));
        ex.Code.ShouldBe(ReadErrorCode.InvalidText);
    }

    [Fact]
    public void Read_FileOverTheLimit_ThrowsTooLarge()
    {
        var options = new ReaderOptions { MaxTextFileBytes = 10 };
        Should.Throw<DocumentReadException>(() => ReadText("Mười một ký tự", options)).Code.ShouldBe(ReadErrorCode.TooLarge);
    }

    [Fact]
    public void Read_UnseekableStreamOverTheLimit_ThrowsTooLarge()
    {
        var reader = new MarkdownDocumentReader(new ReaderOptions { MaxTextFileBytes = 100_000 });
        using var stream = new UnseekableStream(new MemoryStream(new byte[200_000]));
        Should.Throw<DocumentReadException>(() => reader.Read(stream, "big.txt")).Code.ShouldBe(ReadErrorCode.TooLarge);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\n\t\n")]
    public void Read_EmptyOrBlankFile_ThrowsEmptyFile(string text)
    {
        Should.Throw<DocumentReadException>(() => ReadText(text)).Code.ShouldBe(ReadErrorCode.EmptyFile);
    }

    [Fact]
    public void Read_CancelledToken_Throws()
    {
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        var reader = new MarkdownDocumentReader(ReaderOptions.Default);
        Should.Throw<OperationCanceledException>(() => reader.Read(new MemoryStream("Nội dung"u8.ToArray()), "x.md", cts.Token));
    }

    [Fact]
    public void Read_ParagraphOverTheLimit_IsCutWithDiagnostic()
    {
        var model = ReadText(new string('a', 50), new ReaderOptions { MaxParagraphChars = 20 });
        model.Paragraphs().Single().Text.Length.ShouldBe(20);
        model.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("paragraph-truncated");
    }

    [Fact]
    public void Read_MarkupNestedPastMarkdigLimit_ReadsAsPlainTextWithDiagnostic()
    {
        var text = new string('>', 5_000) + " sâu\n\n" + string.Concat(Enumerable.Repeat("[", 20_000)) + "\n\nI. MỤC ĐÍCH";
        var model = ReadText(text);
        var p = model.Paragraphs();
        p.Count.ShouldBe(3);
        p[0].Text.ShouldBe(new string('>', 5_000) + " sâu");
        p[1].Text.Length.ShouldBe(20_000);
        (p[2].ListLabel, p[2].Text).ShouldBe(("I.", "MỤC ĐÍCH"));
        model.Diagnostics.ShouldHaveSingleItem().Code.ShouldBe("markdown-too-deep");
    }

    [Fact]
    public void Extensions_AreMarkdownAndText()
    {
        new MarkdownDocumentReader(ReaderOptions.Default).Extensions.ShouldBe([".md", ".markdown", ".txt"]);
    }

    private sealed class UnseekableStream(Stream inner) : Stream
    {
        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => inner.Read(buffer, offset, count);
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
