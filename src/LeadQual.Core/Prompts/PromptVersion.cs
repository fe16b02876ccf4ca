namespace LeadQual.Prompts;

/// <summary>
/// One version of a step's prompt: the system prompt, the Scriban user template, and the call settings
/// that change its answers. <see cref="Id"/> is a content hash of all of them, so an unchanged prompt
/// keeps its id (and its cached responses); <see cref="Label"/> is the human name ("v1").
/// </summary>
public sealed record PromptVersion(
    string Name,
    string Label,
    string SystemPrompt,
    string Template,
    string Model,
    double Temperature,
    int ReasoningBudget,
    string ResponseSchema)
{
    public string Id => PromptHash.Of(this);

    /// <summary>"ja_3_1_assessment v1 (3f2a…)": how the CLI names a version.</summary>
    public string DisplayName => $"{Name} {Label} ({Id})";
}
