namespace DocIngest.Audit.Corpus;

/// <summary>A loaded corpus: its documents (sorted by name) and the problems met while loading it.</summary>
/// <param name="Root">Full path of the corpus folder.</param>
/// <param name="Documents">Every document that has a readable gold and a document file.</param>
/// <param name="Issues">Errors and warnings, each naming a file (and line).</param>
/// <param name="HasManifest">False when no manifest.tsv was found: splits do not apply and every audit takes all documents.</param>
public sealed record LabelledCorpus(
    string Root,
    IReadOnlyList<CorpusDocument> Documents,
    IReadOnlyList<CorpusIssue> Issues,
    bool HasManifest)
{
    public IEnumerable<CorpusIssue> Errors => Issues.Where(i => !i.IsWarning);

    /// <summary>The documents of <paramref name="split"/> (train, dev, test or all).</summary>
    /// <exception cref="ArgumentException">The split is not one of train, dev, test, all.</exception>
    public IReadOnlyList<CorpusDocument> Select(string split)
    {
        var name = CorpusSplits.Normalise(split, CorpusSplits.Selectable)
            ?? throw new ArgumentException(
                $"Unknown split '{split}'. Use one of: {string.Join(", ", CorpusSplits.Selectable)}.", nameof(split));

        // Without a manifest nothing is assigned, so the corpus is audited whole.
        return name == CorpusSplits.All || !HasManifest
            ? Documents
            : Documents.Where(d => d.Split == name).ToList();
    }
}
