using System.Text.Json;
using System.Text.Json.Serialization;

namespace LeadQual.Prompts;

/// <summary>
/// The small metadata file beside a template (<c>prompts/&lt;name&gt;/&lt;label&gt;.json</c>). The system
/// prompt is an array of lines so it reads well in review.
/// </summary>
public sealed record PromptMetadata(
    [property: JsonPropertyName("model")] string Model,
    [property: JsonPropertyName("temperature")] double Temperature,
    [property: JsonPropertyName("reasoning_budget")] int ReasoningBudget,
    [property: JsonPropertyName("response_schema")] string ResponseSchema,
    [property: JsonPropertyName("system_prompt")] IReadOnlyList<string> SystemPrompt)
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static PromptMetadata Parse(string json, string source) =>
        JsonSerializer.Deserialize<PromptMetadata>(json, Json) is { Model: not null, ResponseSchema: not null, SystemPrompt: not null } metadata
            ? metadata
            : throw new PromptException($"{source}: metadata needs model, temperature, reasoning_budget, response_schema and system_prompt");

    public static PromptMetadata Of(PromptVersion version) =>
        new(version.Model, version.Temperature, version.ReasoningBudget, version.ResponseSchema, version.SystemPrompt.ReplaceLineEndings("\n").Split('\n'));

    public string ToJson() => JsonSerializer.Serialize(this, Json) + "\n";
}
