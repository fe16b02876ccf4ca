namespace LeadQual.Evaluation.Running;

/// <summary>What the run cost: calls, tokens, money and time, overall and per prompt version.</summary>
public sealed record CostMetrics(
    int Calls,
    long InputTokens,
    long OutputTokens,
    long ReasoningTokens,
    decimal CostUsd,
    bool CostEstimated,
    double? LatencyMsP50,
    double? LatencyMsP95,
    double JobsPerSecond,
    IReadOnlyList<PromptVersionCost> ByPromptVersion);
