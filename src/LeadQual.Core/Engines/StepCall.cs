namespace LeadQual.Engines;

/// <summary>
/// One call an engine made to answer a step (one row of <c>llm_runs_v2</c> for a job step, of
/// <c>profile_llm_runs</c> for a profile): the offline engine's calls have zero tokens and cost; an LLM
/// engine records one per attempt.
/// </summary>
public sealed record StepCall(
    string Step,
    string ModelId,
    string? PromptId,
    string Input,
    string? Output,
    DateTimeOffset Start,
    DateTimeOffset End)
{
    public int InputTokens { get; init; }

    public int OutputTokens { get; init; }

    public int ReasoningTokens { get; init; }

    public int CachedTokens { get; init; }

    public decimal? CostUsd { get; init; }

    /// <summary>True when <see cref="CostUsd"/> comes from a price table rather than the provider's report.</summary>
    public bool CostEstimated { get; init; }

    public string? GenerationId { get; init; }

    public string? Error { get; init; }

    public int Attempt { get; init; } = 1;

    public double LatencyMs => (End - Start).TotalMilliseconds;
}
