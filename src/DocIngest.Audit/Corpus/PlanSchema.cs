using System.Text.Json;
using Json.Schema;

namespace DocIngest.Audit.Corpus;

/// <summary>
/// The contract's JSON Schema (docs/contract/plan.schema.json, embedded in this assembly so the
/// verifier needs no file beside it).
/// </summary>
internal sealed class PlanSchema
{
    private const string ResourceName = "DocIngest.Audit.plan.schema.json";
    private readonly JsonSchema _schema;

    private PlanSchema(JsonSchema schema) => _schema = schema;

    public static PlanSchema Load()
    {
        using var stream = typeof(PlanSchema).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);

        // A registry of its own: the schema's $id would clash in the global one when loaded twice.
        var schema = JsonSchema.FromText(reader.ReadToEnd(), new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        return new PlanSchema(schema);
    }

    /// <summary>The schema violations of <paramref name="instance"/> as (JSON pointer, message); empty when valid.</summary>
    public IReadOnlyList<(string Location, string Message)> Validate(JsonElement instance)
    {
        var result = _schema.Evaluate(instance, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (result.IsValid)
        {
            return [];
        }

        var errors = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => (d.InstanceLocation.ToString(), e.Value)))
            .Distinct()
            .ToList();
        return errors.Count > 0 ? errors : [("", "the record does not match the schema")];
    }
}
