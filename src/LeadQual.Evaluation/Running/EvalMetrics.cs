using LeadQual.Evaluation.Slices;
using LeadQual.Evaluation.Statistics;

namespace LeadQual.Evaluation.Running;

/// <summary>The figures of a run as written to metrics.json; every figure says which engine, model and prompt version produced it.</summary>
public sealed record EvalMetrics(
    string Engine,
    string Model,
    string PromptVersion,
    string Data,
    DateTimeOffset GeneratedAt,
    double WallSeconds,
    DecompositionMetrics Decomposition,
    AssessmentMetrics Assessment,
    RatingMetrics Rating,
    ProfileMetrics? Profile,
    CostMetrics Cost,
    int Failures)
{
    /// <summary>The models that actually answered (each response's <c>model</c>), so a test server or a fallback is never mistaken for the model asked for.</summary>
    public IReadOnlyList<string> ServedModels { get; init; } = [];

    /// <summary>
    /// The 95 % interval of every figure by its path ("assessment.precision"): a seeded bootstrap over
    /// postings, pairs or resumes (<see cref="IntervalMethod"/>). Empty in runs stored before intervals existed.
    /// </summary>
    public IReadOnlyDictionary<string, Interval> Intervals { get; init; } = new Dictionary<string, Interval>();

    public string? IntervalMethod { get; init; }

    /// <summary>Every figure per requirement kind, posting format, field, resume quality and part.</summary>
    public IReadOnlyList<SliceMetrics> Slices { get; init; } = [];
}
