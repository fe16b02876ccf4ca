namespace LeadQual.Prompts.Estimation;

/// <summary>
/// A dry run of one prompt version over the given postings (and resume): tokens counted locally with
/// o200k, output sized by the offline engine's answer for the same input, reasoning at its budget
/// (an upper bound), cost from the price table when the model is in it.
/// </summary>
public sealed record PromptEstimate(
    PromptVersion Version,
    string Model,
    int Jobs,
    long InputTokens,
    long EstimatedOutputTokens,
    long ReasoningBudgetTokens,
    decimal? EstimatedCostUsd)
{
    public long InputTokensPerJob => Jobs == 0 ? 0 : InputTokens / Jobs;
}
