namespace DocIngest.Audit.Corpus;

/// <summary>
/// Reads manifest.tsv: a header <c>name TAB split TAB classes</c>, then one row per document;
/// blank lines and '#' comments are skipped. Every problem becomes a <see cref="CorpusIssue"/>
/// with the line number, and bad rows are dropped rather than guessed at.
/// </summary>
internal static class ManifestReader
{
    public const string FileName = "manifest.tsv";
    private const long MaxBytes = 4 * 1024 * 1024;

    public static List<ManifestRow> Read(string manifestPath, List<CorpusIssue> issues)
    {
        var rows = new List<ManifestRow>();
        if (new FileInfo(manifestPath).Length > MaxBytes)
        {
            issues.Add(new CorpusIssue(manifestPath, null, $"The manifest is larger than {MaxBytes} bytes; it was not read."));
            return rows;
        }

        var folder = Path.GetDirectoryName(manifestPath)!;
        string[] lines;
        try
        {
            lines = File.ReadAllLines(manifestPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            issues.Add(new CorpusIssue(manifestPath, null, $"The manifest cannot be read: {e.Message}"));
            return rows;
        }

        var headerSeen = false;
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var line = lines[i].TrimEnd('\r');
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t').Select(c => c.Trim()).ToArray();
            if (!headerSeen)
            {
                headerSeen = true;
                if (!IsHeader(cells))
                {
                    issues.Add(new CorpusIssue(manifestPath, lineNumber,
                        "Expected the header line 'name<TAB>split<TAB>classes'; the manifest was not read."));
                    return rows;
                }

                continue;
            }

            if (ParseRow(cells, folder, manifestPath, lineNumber, issues) is not { } row)
            {
                continue;
            }

            if (seen.TryGetValue(row.Stem, out var first))
            {
                issues.Add(new CorpusIssue(manifestPath, lineNumber, $"'{cells[0]}' is already listed on line {first}."));
                continue;
            }

            seen[row.Stem] = lineNumber;
            rows.Add(row);
        }

        return rows;
    }

    private static bool IsHeader(string[] cells) =>
        cells.Length is 2 or 3
        && cells[0].Equals("name", StringComparison.OrdinalIgnoreCase)
        && cells[1].Equals("split", StringComparison.OrdinalIgnoreCase)
        && (cells.Length == 2 || cells[2].Equals("classes", StringComparison.OrdinalIgnoreCase));

    private static ManifestRow? ParseRow(string[] cells, string folder, string manifest, int line, List<CorpusIssue> issues)
    {
        if (cells.Length is not (2 or 3))
        {
            issues.Add(new CorpusIssue(manifest, line,
                $"Expected 3 TAB-separated columns (name, split, classes), found {cells.Length}."));
            return null;
        }

        var name = cells[0];
        if (name.Length == 0 || Path.IsPathRooted(name))
        {
            issues.Add(new CorpusIssue(manifest, line, $"The name '{name}' must be a file name relative to the manifest's folder."));
            return null;
        }

        if (CorpusSplits.Normalise(cells[1], CorpusSplits.ManifestSplits) is not { } split)
        {
            issues.Add(new CorpusIssue(manifest, line,
                $"Unknown split '{cells[1]}' for '{name}'; use one of: {string.Join(", ", CorpusSplits.ManifestSplits)}."));
            return null;
        }

        var path = Path.GetFullPath(Path.Combine(folder, name));
        string stem;
        if (CorpusLoader.DocumentExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
        {
            if (!File.Exists(path))
            {
                issues.Add(new CorpusIssue(manifest, line, $"'{name}' does not exist."));
                return null;
            }

            stem = Path.Combine(Path.GetDirectoryName(path)!, Path.GetFileNameWithoutExtension(path));
        }
        else
        {
            // A name without a document extension is accepted when its gold exists.
            stem = path;
            if (!File.Exists(stem + CorpusLoader.GoldSuffix))
            {
                issues.Add(new CorpusIssue(manifest, line,
                    $"'{name}' does not exist (names are document files: .docx, .md, .txt or .markdown)."));
                return null;
            }
        }

        if (!File.Exists(stem + CorpusLoader.GoldSuffix))
        {
            issues.Add(new CorpusIssue(manifest, line, $"'{name}' has no gold file '{Path.GetFileName(stem)}{CorpusLoader.GoldSuffix}' beside it."));
            return null;
        }

        var classes = cells.Length == 3
            ? cells[2].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        return new ManifestRow(stem, split, classes, manifest, line);
    }
}
