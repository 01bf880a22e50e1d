namespace DocIngest.Audit.Corpus;

/// <summary>One row of a manifest.tsv, resolved to the document's path without extension.</summary>
internal sealed record ManifestRow(string Stem, string Split, IReadOnlyList<string> Classes, string Manifest, int Line);
