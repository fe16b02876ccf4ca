using LeadQual.Jobs;

namespace LeadQual.Evaluation.Running;

/// <summary>A pair's rating end to end (the engine's own decomposition and decisions) beside the gold rating.</summary>
public sealed record PairRating(string ResumeId, string JobId, JobRating Gold, JobRating? Predicted, double? MatchPercentage, string? Failure)
{
    public string Pair => $"{ResumeId}__{JobId}";
}
