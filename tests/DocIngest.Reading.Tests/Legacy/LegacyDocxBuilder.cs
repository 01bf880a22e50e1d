using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DocIngest.Reading.Tests.Legacy;

/// <summary>
/// Writes a .docx whose runs carry legacy-encoded text in legacy fonts, the way Word keeps
/// documents typed with TCVN3 or VNI keyboards: each run's w:t holds the font's bytes as Latin-1
/// characters and w:rFonts names the font.
/// </summary>
internal static class LegacyDocxBuilder
{
    public static void Write(Stream stream, IEnumerable<LegacyParagraph> paragraphs)
    {
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        var body = new Body();
        foreach (var paragraph in paragraphs)
        {
            var element = new Paragraph();
            if (paragraph.Centered)
            {
                element.Append(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
            }

            foreach (var segment in paragraph.Segments)
            {
                element.Append(Run(segment, paragraph.Bold));
            }

            body.Append(element);
        }

        main.Document = new Document(body);
        main.Document.Save();
    }

    /// <summary>The run text a legacy font needs to show <paramref name="segment"/>'s Unicode text.</summary>
    public static string Encode(LegacySegment segment) => segment.Font switch
    {
        LegacySourceParser.Tcvn3Font => LegacyTestEncoder.ToTcvn3(segment.Text),
        // Typists used the capitals font with the small-letter keys: the font draws capitals.
        LegacySourceParser.Tcvn3CapitalsFont => LegacyTestEncoder.ToTcvn3(segment.Text, capitalsFont: true),
        LegacySourceParser.VniFont => LegacyTestEncoder.ToVni(segment.Text),
        _ => segment.Text,
    };

    private static Run Run(LegacySegment segment, bool bold)
    {
        var properties = new RunProperties(new RunFonts { Ascii = segment.Font, HighAnsi = segment.Font });
        if (bold)
        {
            properties.Append(new Bold());
        }

        return new Run(properties, new Text(Encode(segment)) { Space = SpaceProcessingModeValues.Preserve });
    }
}
