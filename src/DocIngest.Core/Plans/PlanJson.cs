using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DocIngest.Core.Plans;

/// <summary>Reads and writes plan records as the contract's JSON (snake_case, ISO dates, nulls kept).</summary>
public static class PlanJson
{
    /// <summary>Serializer options for the contract's JSON.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    public static string Serialize(PlanRecord record) => JsonSerializer.Serialize(record, Options);

    public static PlanRecord Deserialize(string json) =>
        JsonSerializer.Deserialize<PlanRecord>(json, Options) ?? throw new JsonException("The JSON holds no plan record.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
            WriteIndented = true,
            // Vietnamese stays readable in the files people open.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            RespectNullableAnnotations = true,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        options.TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver
        {
            Modifiers = { OmitOptionalWhenEmpty },
        };
        options.MakeReadOnly();
        return options;
    }

    // The contract keeps nulls, but a task's own owners/advisors/partners, its items and the
    // evidence are optional: absent means "none of its own", which the schema has no null for.
    private static void OmitOptionalWhenEmpty(System.Text.Json.Serialization.Metadata.JsonTypeInfo typeInfo)
    {
        foreach (var property in typeInfo.Properties)
        {
            if (typeInfo.Type == typeof(PlanTask) && property.Name is "items" or "owners" or "advisors" or "partners"
                || property.Name == "evidence")
            {
                property.ShouldSerialize = static (_, value) => value is not null;
            }
        }
    }
}
