using DocIngest.Extraction.Ml;

namespace DocIngest.Cli.Commands;

/// <summary>Turns a requested classifier mode into the mode that can actually run, warning when models are missing.</summary>
internal static class ClassifierModes
{
    /// <summary>
    /// Loads the models when the mode needs them (once, here, so the warning comes before the
    /// run); without a usable deadline-kind model the run falls back to rules-only.
    /// </summary>
    public static (ModelSet Models, ClassifierMode Ran) Resolve(ClassifierMode requested, string folder, Action<string> warn)
    {
        if (requested == ClassifierMode.Rules)
        {
            return (ModelSet.None, ClassifierMode.Rules);
        }

        var models = ModelSet.FromFolder(folder);
        var usable = models.DeadlineKind is not null;
        _ = models.BlockRoles;
        foreach (var warning in models.Warnings)
        {
            warn($"warning: {warning}");
        }

        if (!usable)
        {
            warn($"warning: no usable deadline-kind model in {models.Folder}; running rules-only.");
            return (ModelSet.None, ClassifierMode.Rules);
        }

        return (models, requested);
    }
}
