using System.CommandLine;
using DocIngest.Audit.Corpus;

namespace DocIngest.Cli.Commands;

/// <summary>
/// <c>docingest corpus verify DIR</c>: checks every gold file of a labelled corpus (schema, gold
/// text present in the document, deadline period rules, manifests). One line per problem
/// (<c>file: field: message</c>), a summary, exit 1 when there are errors.
/// </summary>
internal static class CorpusCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("corpus") { Description = "The labelled corpus folder (NAME.gold.json beside each document)." };
        var verify = new Command("verify", "Check every gold file: schema, strings present in the document, deadline dates, manifests.") { folder };
        verify.SetAction((parse, cancellationToken) => Task.FromResult(Verify(parse.GetValue(folder)!, cancellationToken)));
        return new Command("corpus", "Work on the labelled corpus.") { verify };
    }

    private static int Verify(string folder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"{folder}: no such folder. Give the corpus folder (e.g. corpus).");
            return ExitCodes.Usage;
        }

        var result = CorpusVerifier.CreateDefault().Verify(folder, cancellationToken);
        foreach (var problem in result.Problems)
        {
            Console.Out.WriteLine(problem.ToString());
        }

        Console.Out.WriteLine(result.Summary);
        return result.HasErrors ? ExitCodes.SomeFailed : ExitCodes.Success;
    }
}
