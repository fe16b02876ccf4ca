using LeadQual.Evaluation.Running;

namespace LeadQual.Evaluation.Units;

/// <summary>
/// One resume/job pair: its step-3.1 decisions on the gold requirements and its end-to-end rating (the
/// bootstrap unit of the assessment and rating figures). <see cref="Rating"/> is null in a slice that keeps
/// only some of the pair's decisions, where a rating means nothing.
/// </summary>
public sealed record PairUnit(string ResumeId, string JobId, IReadOnlyList<RequirementDecision> Decisions, PairRating? Rating)
{
    public string Pair => $"{ResumeId}__{JobId}";
}
