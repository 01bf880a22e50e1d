namespace DocIngest.Extraction.Ml;

/// <summary>Wires the trained classifiers into a rule pipeline.</summary>
public static class ClassifierPipelineExtensions
{
    /// <summary>
    /// Adds the classifier fusion after the rule steps (call after <see cref="ExtractionPipelineBuilder.UseDefaultRules"/>).
    /// With <see cref="ClassifierMode.Rules"/>, or when the models cannot be loaded, the pipeline runs the rules only.
    /// </summary>
    public static ExtractionPipelineBuilder UseClassifiers(this ExtractionPipelineBuilder builder, ModelSet models, ClassifierMode mode = ClassifierMode.Combined)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(models);
        builder.AddFirst(new ClassifierSetupStep(new DeadlineResolver(models, mode), models, mode));
        builder.Add(new MlDeadlineStep(models, mode));
        builder.Add(new MlOwnerStep(models, mode));
        return builder;
    }
}
