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
        Description = "combined | rules | ml: which deciders extract (default: combined, the rules with the classifiers where a rule guesses).",
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
        // Combined by default: on every split of the corpus it is at least as good as the rules
        // alone and better on the plans whose headings the rules misread (models/MODEL_CARD.md);
        // the price is loading the models once per process (about 0.25 s).
        var requested = mode is null ? ClassifierMode.Combined : ClassifierModes.Parse(mode);
        var (modelSet, ran) = ClassifierModes.Resolve(requested, models ?? DefaultModelsFolder(), log.WriteLine);
        log.WriteLine(ran == ClassifierMode.Rules
            ? $"mode: rules{(requested == ClassifierMode.Rules ? string.Empty : $" (requested {ClassifierModes.Name(requested)}; models unavailable)")}"
            : $"mode: {ClassifierModes.Name(ran)} (models: {modelSet.Folder})");
        return ran == ClassifierMode.Rules
            ? ExtractionPipeline.CreateDefault()
            : new ExtractionPipelineBuilder().UseDefaultRules().UseClassifiers(modelSet, ran).Build();
    }
}
