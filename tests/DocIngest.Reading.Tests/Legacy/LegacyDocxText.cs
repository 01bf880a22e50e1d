using System.Text;
using DocIngest.Reading.Legacy;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocIngest.Reading.Tests.Legacy;

/// <summary>
/// The minimal run walk the tests need while the real docx reader is written elsewhere: each
/// body paragraph's runs, decoded by their own font.
/// </summary>
internal static class LegacyDocxText
{
    public static IReadOnlyList<string> DecodedParagraphs(Stream docx) =>
        Paragraphs(docx).Select(runs => string.Concat(runs.Select(r => LegacyFontDecoder.Decode(r.Text, r.Font)))).ToList();

    public static IReadOnlyList<IReadOnlyList<(string? Font, string Text)>> Paragraphs(Stream docx)
    {
        using var document = WordprocessingDocument.Open(docx, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("no body");
        var result = new List<IReadOnlyList<(string? Font, string Text)>>();
        foreach (var paragraph in body.Elements<Paragraph>())
        {
            var runs = new List<(string? Font, string Text)>();
            foreach (var run in paragraph.Elements<Run>())
            {
                var fonts = run.RunProperties?.RunFonts;
                var font = LegacyFontDecoder.DecodingFont(fonts?.Ascii?.Value, fonts?.HighAnsi?.Value);
                var text = new StringBuilder();
                foreach (var t in run.Elements<Text>())
                {
                    text.Append(t.Text);
                }

                runs.Add((font, text.ToString()));
            }

            result.Add(runs);
        }

        return result;
    }
}
