using System.Text.Json;
using System.Text.Json.Nodes;
using LeadQual.Jobs;
using LeadQual.Prompts;

namespace LeadQual.Engines.Llm.Structured;

/// <summary>The response schemas a prompt may name, generated once from the step records.</summary>
public static class StepSchemas
{
    private static readonly Dictionary<string, Type> Types = new Type[]
    {
        typeof(ResponseData_2_1), typeof(ResponseData_2_2), typeof(ResponseData_2_3), typeof(ResponseData_3_1),
    }.ToDictionary(StrictJsonSchema.NameOf);

    private static readonly Dictionary<string, JsonObject> Schemas = Types.ToDictionary(t => t.Key, t => StrictJsonSchema.For(t.Value));

    public static IReadOnlyCollection<string> Names => Types.Keys;

    public static JsonObject For(string name) =>
        Schemas.TryGetValue(name, out var schema) ? (JsonObject)schema.DeepClone() : throw new PromptException($"unknown response schema '{name}' (known: {string.Join(", ", Types.Keys)})");

    public static JsonElement ElementFor(string name) => JsonSerializer.SerializeToElement(For(name));

    /// <summary>A prompt version answers a step only with that step's record as its schema.</summary>
    public static void Require<T>(PromptVersion prompt)
    {
        if (prompt.ResponseSchema != StrictJsonSchema.NameOf(typeof(T)))
        {
            throw new PromptException($"{prompt.DisplayName} names response schema '{prompt.ResponseSchema}'; step {prompt.Name} needs {typeof(T).Name}");
        }
    }
}
