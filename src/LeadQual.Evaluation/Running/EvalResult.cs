using LeadQual.Engines;
using LeadQual.Evaluation.Metrics;
using LeadQual.Evaluation.Units;

namespace LeadQual.Evaluation.Running;

/// <summary>Everything one evaluation run produced: the metrics and the rows behind them.</summary>
public sealed record EvalResult(
    EvalMetrics Metrics,
    IReadOnlyList<AlignedRequirement> Alignment,
    IReadOnlyList<RequirementDecision> Decisions,
    IReadOnlyList<PairRating> Ratings,
    IReadOnlyList<StepCall> Calls,
    IReadOnlyList<EvalFailure> Failures)
{
    /// <summary>Every predicted profile skill and every gold skill the profile missed; empty when profiles were not measured.</summary>
    public IReadOnlyList<ProfileSkillRow> ProfileSkills { get; init; } = [];

    /// <summary>Each profiled resume's scores, the unit the profile figures' intervals resample; empty when profiles were not measured.</summary>
    public IReadOnlyList<ResumeUnit> ProfileUnits { get; init; } = [];
}
