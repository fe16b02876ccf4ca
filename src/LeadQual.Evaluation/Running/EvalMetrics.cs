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
}
