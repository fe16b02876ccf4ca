using System.Text.Json;
using System.Text.Json.Nodes;
using LeadQual.Serialization;

namespace LeadQual.Engines.Llm.Structured;

/// <summary>
/// Reads a model's text as a step record: JSON (a Markdown code fence around it is tolerated), valid
/// against the step's strict schema, then the record's own rules. Every failure is a readable error
/// for the re-ask.
/// </summary>
public static class StructuredAnswer
{
    public static (T? Value, IReadOnlyList<string> Errors) Parse<T>(string? text, JsonObject schema, Func<T, IReadOnlyList<string>> rules)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, ["the answer was empty"]);
        }

        JsonNode? node;
        try
        {
            node = JsonNode.Parse(StripFence(text));
        }
        catch (JsonException failure)
        {
            return (null, [$"the answer is not valid JSON: {failure.Message}"]);
        }

        var schemaErrors = JsonSchemaValidator.Validate(node, schema);
        if (schemaErrors.Count > 0)
        {
            return (null, schemaErrors);
        }

        T value;
        try
        {
            value = node.Deserialize<T>(LeadQualJson.Options) ?? throw new JsonException("null");
        }
        catch (JsonException failure)
        {
            return (null, [$"the answer does not fit {typeof(T).Name}: {failure.Message}"]);
        }

        var ruleErrors = rules(value);
        return ruleErrors.Count > 0 ? (null, ruleErrors) : (value, []);
    }

    private static string StripFence(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.StartsWith("```", StringComparison.Ordinal))
        {
            return trimmed;
        }

        var firstNewline = trimmed.IndexOf('\n', StringComparison.Ordinal);
        var lastFence = trimmed.LastIndexOf("```", StringComparison.Ordinal);
        return firstNewline > 0 && lastFence > firstNewline ? trimmed[(firstNewline + 1)..lastFence].Trim() : trimmed;
    }
}
