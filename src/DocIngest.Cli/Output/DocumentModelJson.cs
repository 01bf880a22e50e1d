using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DocIngest.Core.Documents;

namespace DocIngest.Cli.Output;

/// <summary>The document model as JSON, for scripts and for diffing two readings of a document.</summary>
internal static class DocumentModelJson
{
    public static string Write(DocumentModel model)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("source", model.SourceName);
            json.WriteStartArray("body");
            foreach (var block in model.Body)
            {
                WriteBlock(json, block);
            }

            json.WriteEndArray();
            WriteParagraphs(json, "headers", model.Headers);
            WriteParagraphs(json, "footers", model.Footers);
            json.WriteStartArray("notes");
            foreach (var note in model.Notes)
            {
                json.WriteStartObject();
                json.WriteString("kind", note.Kind.ToString().ToLowerInvariant());
                json.WriteString("id", note.Id);
                json.WriteString("mark", note.Mark);
                WriteParagraphs(json, "paragraphs", note.Paragraphs);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("diagnostics");
            foreach (var diagnostic in model.Diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("code", diagnostic.Code);
                json.WriteString("message", diagnostic.Message);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static void WriteParagraphs(Utf8JsonWriter json, string name, IEnumerable<ParagraphBlock> paragraphs)
    {
        json.WriteStartArray(name);
        foreach (var paragraph in paragraphs)
        {
            WriteBlock(json, paragraph);
        }

        json.WriteEndArray();
    }

    private static void WriteBlock(Utf8JsonWriter json, Block block)
    {
        json.WriteStartObject();
        json.WriteString("position", block.Position.ToString());
        switch (block)
        {
            case ParagraphBlock p:
                json.WriteString("type", "paragraph");
                json.WriteString("label", p.ListLabel);
                if (p.ListLevel is { } level)
                {
                    json.WriteNumber("level", level);
                }

                json.WriteString("text", p.Text);
                json.WriteString("style", p.StyleName);
                if (p.HeadingLevel is { } heading)
                {
                    json.WriteNumber("heading", heading);
                }

                json.WriteStartArray("runs");
                foreach (var run in p.Runs.Where(r => r.Formatting != RunFormatting.None))
                {
                    json.WriteStartObject();
                    json.WriteNumber("start", run.Start);
                    json.WriteNumber("length", run.Length);
                    json.WriteString("format", run.Formatting.ToString());
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("notes");
                foreach (var note in p.NoteReferences)
                {
                    json.WriteStartObject();
                    json.WriteString("kind", note.Kind.ToString().ToLowerInvariant());
                    json.WriteString("id", note.NoteId);
                    json.WriteNumber("offset", note.Offset);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                break;
            case TableBlock t:
                json.WriteString("type", "table");
                json.WriteStartArray("cells");
                foreach (var cell in t.Rows.SelectMany(r => r.Cells))
                {
                    json.WriteStartObject();
                    json.WriteNumber("row", cell.Row);
                    json.WriteNumber("column", cell.Column);
                    json.WriteNumber("row_span", cell.RowSpan);
                    json.WriteNumber("column_span", cell.ColumnSpan);
                    json.WriteStartArray("blocks");
                    foreach (var inner in cell.Blocks)
                    {
                        WriteBlock(json, inner);
                    }

                    json.WriteEndArray();
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                break;
        }

        json.WriteEndObject();
    }
}
