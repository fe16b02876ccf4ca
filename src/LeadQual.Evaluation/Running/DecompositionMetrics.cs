namespace LeadQual.Evaluation.Running;

/// <summary>Steps 2.1–2.3 against the gold decompositions.</summary>
public sealed record DecompositionMetrics(int Jobs, int Gold, int Predicted, int Aligned, double? Precision, double? Recall, double? F1, double? ClassificationAccuracy);
