namespace LeadQual.Evaluation.Running;

/// <summary>Calls, tokens and cost of one prompt version (step and version id).</summary>
public sealed record PromptVersionCost(string Step, string PromptVersion, int Calls, long InputTokens, long OutputTokens, long ReasoningTokens, decimal CostUsd, double? LatencyMsP50);
