namespace DocIngest.Extraction.Ml;

/// <summary>The roles the aligner gave a document's blocks, and the gold strings it found no block for.</summary>
/// <param name="Roles">One role per block of <see cref="BlockFeatures.Enumerate"/>, in the same order.</param>
/// <param name="Unaligned">Gold items (section, group, weakness, task) no block matched, as "role: text".</param>
public sealed record BlockAlignment(IReadOnlyList<BlockRole> Roles, IReadOnlyList<string> Unaligned);
