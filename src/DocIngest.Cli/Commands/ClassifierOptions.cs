using System.CommandLine;
using DocIngest.Extraction;
using DocIngest.Extraction.Ml;

namespace DocIngest.Cli.Commands;

/// <summary>
/// The <c>--mode</c> and <c>--models</c> options shared by the commands that extract, and the one
/// place that turns them into a pipeline (once per process: loading the models is the slow part).
/// </summary>
internal static class ClassifierOptions
{
    public static Option<string?> Mode() => new("--mode")
    {
        Description = "rules | ml | combined: which deciders extract (default: rules).",
    };

    public static Option<string?> Models() => new("--models")
    {
        Description = "Folder of the trained models (block-roles.zip, deadline-kind.zip, models.json); default: 'models' next to docingest, else ./models.",
    };

    /// <summary>The models shipped beside the executable win over a ./models of whatever folder the command runs in.</summary>
    public static string DefaultModelsFolder()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, "models");
        return Directory.Exists(beside) ? beside : "models";
    }

    /// <summary>
    /// Builds the pipeline for the requested mode; says on standard error which mode runs, so
    /// JSON on standard output stays clean. A bad --mode is a <see cref="UsageException"/>.
    /// </summary>
    public static ExtractionPipeline CreatePipeline(string? mode, string? models, TextWriter log)
    {
        // Rules by default: with the committed models the tuned fusion takes no decision the rules
        // do not (models/MODEL_CARD.md), so loading them would only add 0.25 s to every process.
        var requested = mode is null ? ClassifierMode.Rules : ClassifierModes.Parse(mode);
        var (modelSet, ran) = ClassifierModes.Resolve(requested, models ?? DefaultModelsFolder(), log.WriteLine);
        log.WriteLine(ran == ClassifierMode.Rules
            ? $"mode: rules{(requested == ClassifierMode.Rules ? string.Empty : $" (requested {ClassifierModes.Name(requested)}; models unavailable)")}"
            : $"mode: {ClassifierModes.Name(ran)} (models: {modelSet.Folder})");
        return ran == ClassifierMode.Rules
            ? ExtractionPipeline.CreateDefault()
            : new ExtractionPipelineBuilder().UseDefaultRules().UseClassifiers(modelSet, ran).Build();
    }
}
