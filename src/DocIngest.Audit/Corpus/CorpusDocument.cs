using DocIngest.Core.Plans;

namespace DocIngest.Audit.Corpus;

/// <summary>One labelled document: the file to extract, its gold record, its split and variation classes.</summary>
/// <param name="Name">The document's path relative to the corpus root, with '/' separators (unique in the corpus).</param>
/// <param name="DocumentPath">Full path of the .docx / .md / .txt / .markdown file.</param>
/// <param name="GoldPath">Full path of NAME.gold.json.</param>
/// <param name="Gold">The parsed gold record.</param>
/// <param name="Split">train, dev, test, or <see cref="CorpusSplits.Unassigned"/>.</param>
/// <param name="Classes">Variation tags from the manifest (empty when unassigned).</param>
public sealed record CorpusDocument(
    string Name,
    string DocumentPath,
    string GoldPath,
    PlanRecord Gold,
    string Split,
    IReadOnlyList<string> Classes);
