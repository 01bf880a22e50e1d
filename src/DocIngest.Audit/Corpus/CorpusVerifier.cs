using System.Text.Json;
using DocIngest.Core.Reading;
using DocIngest.Extraction.Deadlines;
using DocIngest.Reading;

namespace DocIngest.Audit.Corpus;

/// <summary>
/// Checks every gold file of a corpus folder before anyone trusts an audit on it: (1) the record
/// is valid against the contract's schema, (2) every gold string occurs in the document's text,
/// (3) deadline dates follow the contract's period rules, (4) the manifests agree with the files.
/// </summary>
public sealed class CorpusVerifier
{
    private const long MaxGoldBytes = 16 * 1024 * 1024;

    private static readonly EnumerationOptions Walk = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden | FileAttributes.System,
        IgnoreInaccessible = true,
    };

    private readonly DocumentReaderRegistry _readers;
    private readonly DeadlineNormalizer _normalizer;
    private readonly PlanSchema _schema = PlanSchema.Load();

    public CorpusVerifier(DocumentReaderRegistry readers, DeadlineNormalizer normalizer)
    {
        ArgumentNullException.ThrowIfNull(readers);
        ArgumentNullException.ThrowIfNull(normalizer);
        _readers = readers;
        _normalizer = normalizer;
    }

    /// <summary>The default readers and the default deadline normaliser.</summary>
    public static CorpusVerifier CreateDefault() => new(DocumentReaderRegistry.CreateDefault(), new DeadlineNormalizer());

    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public CorpusVerification Verify(string corpusDir, CancellationToken cancellationToken = default)
    {
        var corpus = CorpusLoader.Load(corpusDir, cancellationToken);
        var problems = new List<VerificationProblem>();
        foreach (var issue in corpus.Issues)
        {
            problems.Add(new VerificationProblem(
                Relative(corpus.Root, issue.File),
                issue.Line is { } line ? $"line {line}" : "corpus",
                issue.Message,
                issue.IsWarning ? VerificationSeverity.Warning : VerificationSeverity.Error));
        }

        var golds = Directory.EnumerateFiles(corpus.Root, "*" + CorpusLoader.GoldSuffix, Walk).Order(StringComparer.Ordinal).ToList();
        foreach (var gold in golds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            CheckSchema(corpus.Root, gold, problems);
        }

        var checkedDocuments = 0;
        foreach (var document in corpus.Documents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var goldName = Relative(corpus.Root, document.GoldPath);
            void Report(string field, string message, VerificationSeverity severity) =>
                problems.Add(new VerificationProblem(goldName, field, message, severity));

            if (ReadText(document, Report, cancellationToken) is { } text)
            {
                checkedDocuments++;
                GoldTextChecker.Check(document.Gold, text, Report);
            }

            GoldDeadlineChecker.Check(document.Gold, _normalizer, Report);
        }

        var sorted = problems
            .OrderBy(p => p.File, StringComparer.Ordinal)
            .ThenBy(p => p.Severity)
            .ToList();
        return new CorpusVerification(corpus.Root, golds.Count, checkedDocuments, sorted);
    }

    private void CheckSchema(string root, string goldPath, List<VerificationProblem> problems)
    {
        var name = Relative(root, goldPath);
        try
        {
            if (new FileInfo(goldPath).Length > MaxGoldBytes)
            {
                return; // The loader reports it.
            }

            using var json = JsonDocument.Parse(File.ReadAllBytes(goldPath));
            foreach (var (location, message) in _schema.Validate(json.RootElement))
            {
                problems.Add(new VerificationProblem(name, PointerToField(location), $"schema: {message}", VerificationSeverity.Error));
            }
        }
        catch (JsonException)
        {
            // Not JSON at all: the loader has already reported where it breaks.
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new VerificationProblem(name, "file", $"cannot be read: {e.Message}", VerificationSeverity.Error));
        }
    }

    private DocumentText? ReadText(CorpusDocument document, Action<string, string, VerificationSeverity> report, CancellationToken cancellationToken)
    {
        try
        {
            return DocumentText.From(_readers.ReadFile(document.DocumentPath, cancellationToken));
        }
        catch (DocumentReadException e)
        {
            report("source", $"the document cannot be read: {e.Message}", VerificationSeverity.Error);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            report("source", $"the document cannot be opened: {e.Message}", VerificationSeverity.Error);
        }

        return null;
    }

    /// <summary>"/groups/0/tasks/2/deadline" → "groups[0].tasks[2].deadline", the spelling of the other checks.</summary>
    internal static string PointerToField(string pointer)
    {
        var field = new System.Text.StringBuilder();
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment.All(char.IsAsciiDigit))
            {
                field.Append('[').Append(segment).Append(']');
            }
            else
            {
                field.Append(field.Length > 0 ? "." : string.Empty).Append(segment.Replace("~1", "/").Replace("~0", "~"));
            }
        }

        return field.Length > 0 ? field.ToString() : "(record)";
    }

    private static string Relative(string root, string path) =>
        Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
}
