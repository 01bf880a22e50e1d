using DocIngest.Extraction.Ml;

namespace DocIngest.Cli.Commands;

/// <summary>Turns a requested classifier mode into the mode that can actually run, warning when models are missing.</summary>
internal static class ClassifierModes
{
    /// <summary>
    /// Loads the models when the mode needs them (once, here, so the warning comes before the
    /// run); without a usable deadline-kind model the run falls back to rules-only. Everything
    /// wrong with the models is said in one warning line, so a batch log is not flooded.
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
        var problems = string.Join(" ", models.Warnings);
        if (!usable)
        {
            warn($"warning: {(problems.Length > 0 ? problems + " " : string.Empty)}No usable deadline-kind model in {models.Folder}; running rules-only.");
            return (ModelSet.None, ClassifierMode.Rules);
        }

        if (problems.Length > 0)
        {
            warn($"warning: {problems}");
        }

        return (models, requested);
    }

    /// <summary>
    /// The models of <paramref name="folder"/> when a deadline-kind model loads, else null; says
    /// nothing, for a caller (the audit's comparison) that only adds runs when models are there.
    /// </summary>
    public static ModelSet? TryLoad(string folder)
    {
        var models = ModelSet.FromFolder(folder);
        return models.DeadlineKind is null ? null : models;
    }

    /// <summary>Parses rules | ml | combined (any case); anything else is a usage error.</summary>
    public static ClassifierMode Parse(string text) =>
        Enum.TryParse<ClassifierMode>(text, ignoreCase: true, out var mode) && Enum.IsDefined(mode) && !int.TryParse(text, out _)
            ? mode
            : throw new UsageException($"--mode: '{text}' is not one of rules, ml, combined.");

    /// <summary>Lower-case name as typed on the command line and written in reports.</summary>
    public static string Name(ClassifierMode mode) => mode.ToString().ToLowerInvariant();
}
