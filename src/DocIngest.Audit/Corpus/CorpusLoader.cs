using System.Text.Json;
using DocIngest.Core.Plans;

namespace DocIngest.Audit.Corpus;

/// <summary>
/// Finds every NAME.gold.json under a folder, pairs it with NAME.docx / .md / .txt / .markdown
/// beside it, and assigns splits and classes from the manifest.tsv files. Problems are collected
/// as <see cref="CorpusIssue"/>s (file + line) instead of stopping the load.
/// </summary>
public static class CorpusLoader
{
    public const string GoldSuffix = ".gold.json";

    /// <summary>Document extensions, in the order one is preferred when several sit beside a gold.</summary>
    public static IReadOnlyList<string> DocumentExtensions { get; } = [".docx", ".md", ".txt", ".markdown"];

    private const long MaxGoldBytes = 16 * 1024 * 1024;

    // Symbolic links are not followed (a link to a parent folder would loop) and hidden folders
    // such as .git are not corpus content.
    private static readonly EnumerationOptions Walk = new()
    {
        RecurseSubdirectories = true,
        AttributesToSkip = FileAttributes.ReparsePoint | FileAttributes.Hidden | FileAttributes.System,
        IgnoreInaccessible = true,
    };

    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static LabelledCorpus Load(string corpusDir, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(corpusDir);
        var root = Path.GetFullPath(corpusDir);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The corpus folder '{corpusDir}' does not exist.");
        }

        var issues = new List<CorpusIssue>();
        var manifests = Directory.EnumerateFiles(root, ManifestReader.FileName, Walk)
            .Order(StringComparer.Ordinal).ToList();
        var assignments = new Dictionary<string, ManifestRow>(StringComparer.Ordinal);
        foreach (var manifest in manifests)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var row in ManifestReader.Read(manifest, issues))
            {
                if (assignments.TryGetValue(row.Stem, out var earlier))
                {
                    issues.Add(new CorpusIssue(manifest, row.Line,
                        $"The document is already listed in {earlier.Manifest}:{earlier.Line}."));
                    continue;
                }

                assignments[row.Stem] = row;
            }
        }

        var documents = new List<CorpusDocument>();
        var golds = Directory.EnumerateFiles(root, "*" + GoldSuffix, Walk)
            .Order(StringComparer.Ordinal).ToList();
        foreach (var goldPath in golds)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (LoadDocument(root, goldPath, assignments, manifests.Count > 0, issues) is { } document)
            {
                documents.Add(document);
            }
        }

        return new LabelledCorpus(root, documents.OrderBy(d => d.Name, StringComparer.Ordinal).ToList(), issues, manifests.Count > 0);
    }

    private static CorpusDocument? LoadDocument(
        string root, string goldPath, Dictionary<string, ManifestRow> assignments, bool hasManifest, List<CorpusIssue> issues)
    {
        var stem = goldPath[..^GoldSuffix.Length];
        var found = DocumentExtensions.Select(e => stem + e).Where(File.Exists).ToList();
        if (found.Count == 0)
        {
            issues.Add(new CorpusIssue(goldPath, null,
                $"No document beside the gold: expected {Path.GetFileName(stem)} with one of {string.Join(", ", DocumentExtensions)}."));
            return null;
        }

        if (found.Count > 1)
        {
            issues.Add(new CorpusIssue(goldPath, null,
                $"Several documents share this gold ({string.Join(", ", found.Select(Path.GetFileName))}); using {Path.GetFileName(found[0])}.",
                IsWarning: true));
        }

        if (ReadGold(goldPath, issues) is not { } gold)
        {
            return null;
        }

        var documentPath = found[0];
        if (!string.Equals(gold.Source, Path.GetFileName(documentPath), StringComparison.Ordinal))
        {
            issues.Add(new CorpusIssue(goldPath, null,
                $"\"source\" is '{gold.Source}' but the document is '{Path.GetFileName(documentPath)}'.", IsWarning: true));
        }

        var split = CorpusSplits.Unassigned;
        IReadOnlyList<string> classes = [];
        if (assignments.TryGetValue(stem, out var row))
        {
            split = row.Split;
            classes = row.Classes;
        }
        else if (hasManifest)
        {
            issues.Add(new CorpusIssue(documentPath, null,
                $"Not listed in any {ManifestReader.FileName}; its split is '{CorpusSplits.Unassigned}' (audited only with --split all).",
                IsWarning: true));
        }

        var name = Path.GetRelativePath(root, documentPath).Replace(Path.DirectorySeparatorChar, '/');
        return new CorpusDocument(name, documentPath, goldPath, gold, split, classes);
    }

    private static PlanRecord? ReadGold(string goldPath, List<CorpusIssue> issues)
    {
        if (new FileInfo(goldPath).Length > MaxGoldBytes)
        {
            issues.Add(new CorpusIssue(goldPath, null, $"The gold is larger than {MaxGoldBytes} bytes; it was not read."));
            return null;
        }

        try
        {
            var gold = PlanJson.Deserialize(File.ReadAllText(goldPath));
            if (gold.Schema != PlanRecord.SchemaId)
            {
                issues.Add(new CorpusIssue(goldPath, null, $"\"schema\" is '{gold.Schema}', expected '{PlanRecord.SchemaId}'."));
                return null;
            }

            return gold;
        }
        catch (JsonException e)
        {
            var line = e.LineNumber is { } zeroBased ? (int?)(zeroBased + 1) : null;
            issues.Add(new CorpusIssue(goldPath, line, $"The gold is not a valid plan record: {e.Message}"));
        }
        catch (Exception e) when (e is NotSupportedException or InvalidOperationException or ArgumentException or IOException or UnauthorizedAccessException)
        {
            issues.Add(new CorpusIssue(goldPath, null, $"The gold is not a valid plan record: {e.Message}"));
        }

        return null;
    }
}
