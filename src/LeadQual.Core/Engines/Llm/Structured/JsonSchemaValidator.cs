using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LeadQual.Engines.Llm.Structured;

/// <summary>
/// Checks a JSON answer against the strict subset of JSON schema the step schemas use (type, enum,
/// properties, required, additionalProperties, items) and names every violation by its path, so the
/// errors can be sent back to the model in a re-ask.
/// </summary>
public static class JsonSchemaValidator
{
    public static IReadOnlyList<string> Validate(JsonNode? value, JsonObject schema)
    {
        var errors = new List<string>();
        Check(value, schema, "$", errors);
        return errors;
    }

    private static void Check(JsonNode? value, JsonObject schema, string path, List<string> errors)
    {
        if (errors.Count >= 20)
        {
            return;
        }

        var kind = KindOf(value);
        var allowed = AllowedTypes(schema);
        if (allowed.Count > 0 && !allowed.Contains(kind) && !(kind == "integer" && allowed.Contains("number")))
        {
            errors.Add($"{path}: expected {string.Join(" or ", allowed)}, got {kind}");
            return;
        }

        if (schema["enum"] is JsonArray options && value is not null)
        {
            var text = value.ToJsonString();
            if (!options.Any(o => o?.ToJsonString() == text))
            {
                errors.Add($"{path}: {text} is not one of {string.Join(", ", options.Select(o => o?.ToJsonString()))}");
            }
        }

        if (value is JsonObject obj)
        {
            var properties = schema["properties"] as JsonObject;
            foreach (var required in (schema["required"] as JsonArray ?? []).Select(r => r!.GetValue<string>()))
            {
                if (!obj.ContainsKey(required))
                {
                    errors.Add($"{path}: missing property \"{required}\"");
                }
            }

            foreach (var (name, child) in obj)
            {
                if (properties?[name] is JsonObject childSchema)
                {
                    Check(child, childSchema, $"{path}.{name}", errors);
                }
                else if (schema["additionalProperties"] is JsonValue closed && !closed.GetValue<bool>())
                {
                    errors.Add($"{path}: unexpected property \"{name}\"");
                }
            }
        }
        else if (value is JsonArray array && schema["items"] is JsonObject itemSchema)
        {
            for (var i = 0; i < array.Count; i++)
            {
                Check(array[i], itemSchema, string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]"), errors);
            }
        }
    }

    private static List<string> AllowedTypes(JsonObject schema) => schema["type"] switch
    {
        JsonArray many => many.Select(t => t!.GetValue<string>()).ToList(),
        JsonValue one => [one.GetValue<string>()],
        _ => [],
    };

    private static string KindOf(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Number => IsInteger(v) ? "integer" : "number",
            _ => "null",
        },
        _ => "unknown",
    };

    private static bool IsInteger(JsonValue value) =>
        value.TryGetValue<long>(out _) || (double.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && Math.Abs(d % 1) < double.Epsilon);
}
