using DocIngest.Audit.Corpus;
using DocIngest.Core.Plans;
using DocIngest.Extraction.Ml;
using DocIngest.Reading;

namespace DocIngest.Cli.Training;

/// <summary>Reads every corpus document of the train, dev and test splits into training rows.</summary>
internal static class TrainingData
{
    public const string NoneLabel = "none";

    public static List<DocumentExamples> Build(LabelledCorpus corpus, DocumentReaderRegistry readers, List<string> problems, CancellationToken cancellationToken)
    {
        var result = new List<DocumentExamples>();
        foreach (var document in corpus.Documents.Where(d => d.Split is CorpusSplits.Train or CorpusSplits.Dev or CorpusSplits.Test))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                var model = readers.ReadFile(document.DocumentPath, cancellationToken);
                var blocks = BlockFeatures.Enumerate(model);
                result.Add(new DocumentExamples(document, blocks, BlockAligner.Align(document.Gold, blocks), DeadlineRows(document.Gold)));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                problems.Add($"{document.Name}: not read ({e.Message}); left out of training.");
            }
        }

        return result;
    }

    /// <summary>
    /// Every distinct deadline phrase of the gold (task and group) with its kind, and the tails of
    /// the gold task texts (which the gold has already cut any deadline from) as "none".
    /// </summary>
    public static IReadOnlyList<DeadlineKindInput> DeadlineRows(PlanRecord gold)
    {
        var rows = new List<DeadlineKindInput>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        void Add(string phrase, string label)
        {
            if (phrase.Length > 0 && seen.Add(label + "\u0001" + phrase))
            {
                rows.Add(DeadlineKindFeatures.Create(phrase, label));
            }
        }

        foreach (var group in gold.Groups)
        {
            if (group.Deadline is { Text: { } groupText } groupDeadline)
            {
                Add(groupText, Label(groupDeadline.Kind));
            }

            foreach (var task in group.Tasks)
            {
                if (task.Deadline is { Text: { } text } deadline)
                {
                    Add(text, Label(deadline.Kind));
                }

                foreach (var (phrase, _) in DeadlineTails.Candidates(task.Text))
                {
                    Add(phrase, NoneLabel);
                }
            }
        }

        return rows;
    }

    public static string Label(DeadlineKind kind) => kind switch
    {
        DeadlineKind.Recurring => "recurring",
        DeadlineKind.Due => "due",
        DeadlineKind.Done => "done",
        _ => NoneLabel,
    };
}
