using System.CommandLine;
using DocIngest.Cli.Output;
using DocIngest.Core.Reading;
using DocIngest.Reading;

namespace DocIngest.Cli.Commands;

/// <summary><c>docingest read FILE [--json]</c>: shows the document model, for people debugging a document.</summary>
internal static class ReadCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A .docx, .md or .txt document." };
        var json = new Option<bool>("--json") { Description = "Print the model as JSON instead of text." };
        var command = new Command("read", "Read a document and print its model: blocks, list labels, formatting, notes, tables.") { file, json };
        command.SetAction((parse, cancellationToken) =>
        {
            var path = parse.GetValue(file)!;
            if (!File.Exists(path))
            {
                Console.Error.WriteLine($"{path}: no such file. Give the path of a .docx, .md or .txt document.");
                return Task.FromResult(ExitCodes.Usage);
            }

            try
            {
                var model = DocumentReaderRegistry.CreateDefault().ReadFile(path, cancellationToken);
                Console.Out.Write(parse.GetValue(json) ? DocumentModelJson.Write(model) : DocumentModelText.Write(model));
                return Task.FromResult(ExitCodes.Success);
            }
            catch (DocumentReadException error)
            {
                Console.Error.WriteLine(error.Message);
                return Task.FromResult(ExitCodes.SomeFailed);
            }
        });
        return command;
    }
}
