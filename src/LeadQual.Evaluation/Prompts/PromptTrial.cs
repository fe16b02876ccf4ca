namespace LeadQual.Evaluation.Prompts;

/// <summary>
/// One prompt version tried on a slice of the labelled set: its tokens and cost, and, when an LLM engine
/// answered (<see cref="Mode"/> "llm"), its scores; a dry run ("dry run") renders the prompts and counts
/// tokens without calling a model, so the scores are null. <see cref="Model"/> is the model that answered, or
/// in a dry run the model the tokens are priced as.
/// </summary>
public sealed record PromptTrial(
    string Label,
    string Id,
    string Mode,
    string Model,
    int Pairs,
    long InputTokens,
    long OutputTokens,
    decimal? CostUsd,
    double? Accuracy,
    double? Precision,
    double? Recall,
    double? Ece,
    double? RatingExact)
{
    /// <summary>The per-unit results of an LLM trial, for <see cref="Comparison.RunComparison.Of"/>; null in a dry run.</summary>
    public Units.EvalUnits? Units { get; init; }
}
