namespace LeadQual.Evaluation.Running;

/// <summary>Rating agreement end to end; the confusion matrix is gold × predicted counts.</summary>
public sealed record RatingMetrics(int N, double? Exact, double? WithinOne, IReadOnlyList<RatingCell> Confusion);
