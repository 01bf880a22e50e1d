using DocIngest.Extraction.Layout;
using DocIngest.Extraction.Metadata;
using DocIngest.Extraction.Structure;

namespace DocIngest.Extraction;

/// <summary>Composes an <see cref="ExtractionPipeline"/> from named steps.</summary>
public sealed class ExtractionPipelineBuilder
{
    private readonly List<IExtractionStep> _steps = [];

    /// <summary>Every rule family, in dependency order: layout, document fields, structure.</summary>
    public ExtractionPipelineBuilder UseDefaultRules()
    {
        Add(new LayoutStep());
        Add(new HeaderStep());
        Add(new ClosingStep());
        Add(new ReferenceStep());
        Add(new SectionStep());
        Add(new GroupStep());
        Add(new TaskTableStep());
        return this;
    }

    public ExtractionPipeline Build() => new(_steps.ToList());

    /// <summary>Adds a step before every other (a step that prepares the context).</summary>
    internal void AddFirst(IExtractionStep step)
    {
        if (_steps.All(s => s.Name != step.Name))
        {
            _steps.Insert(0, step);
        }
    }

    internal void Add(IExtractionStep step)
    {
        if (_steps.All(s => s.Name != step.Name))
        {
            _steps.Add(step);
        }
    }
}
