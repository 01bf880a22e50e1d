namespace DocIngest.Audit.Corpus;

/// <summary>The split names of manifest.tsv and of <c>--split</c>.</summary>
public static class CorpusSplits
{
    public const string Train = "train";
    public const string Dev = "dev";
    public const string Test = "test";

    /// <summary>Every document, whatever its split.</summary>
    public const string All = "all";

    /// <summary>The split of a document no manifest lists.</summary>
    public const string Unassigned = "unassigned";

    /// <summary>The splits a manifest row may name.</summary>
    public static IReadOnlyList<string> ManifestSplits { get; } = [Train, Dev, Test];

    /// <summary>The splits an audit may select.</summary>
    public static IReadOnlyList<string> Selectable { get; } = [Train, Dev, Test, All];

    /// <summary>The canonical (lower-case) split name, or null when <paramref name="split"/> is not one.</summary>
    public static string? Normalise(string? split, IReadOnlyList<string> allowed)
    {
        var lower = split?.Trim().ToLowerInvariant();
        return lower is not null && allowed.Contains(lower) ? lower : null;
    }
}
