using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using LeadQual.Serialization;

namespace LeadQual.Engines.Llm.Structured;

/// <summary>
/// The JSON schema of a step's C# record, generated with <see cref="JsonSchemaExporter"/> from the
/// project's one JSON shape and made strict-mode compatible: every object closed
/// (<c>additionalProperties: false</c>), every property required (nullable ones as
/// <c>["string","null"]</c>), no <c>default</c> keywords.
/// </summary>
public static class StrictJsonSchema
{
    public static JsonObject For(Type type)
    {
        var node = LeadQualJson.Options.GetJsonSchemaAsNode(type, new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true });
        var schema = node as JsonObject ?? throw new InvalidOperationException($"{type.Name} has no object schema");
        MakeStrict(schema);
        return schema;
    }

    public static JsonObject For<T>() => For(typeof(T));

    /// <summary>The schema name sent as <c>json_schema.name</c>: the record's name (letters, digits, underscores).</summary>
    public static string NameOf(Type type) => type.Name;

    private static void MakeStrict(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                obj.Remove("default");
                if (obj["enum"] is not null && obj["type"] is null)
                {
                    obj["type"] = "string";
                }

                if (obj["properties"] is JsonObject properties)
                {
                    obj["additionalProperties"] = false;
                    obj["required"] = new JsonArray(properties.Select(p => (JsonNode?)JsonValue.Create(p.Key)).ToArray());
                }

                foreach (var child in obj.Select(p => p.Value).ToList())
                {
                    MakeStrict(child);
                }

                break;
            case JsonArray array:
                foreach (var item in array.ToList())
                {
                    MakeStrict(item);
                }

                break;
        }
    }
}
