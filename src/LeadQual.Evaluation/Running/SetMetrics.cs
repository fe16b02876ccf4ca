namespace LeadQual.Evaluation.Running;

/// <summary>Precision, recall and F1 of a set-valued prediction.</summary>
public sealed record SetMetrics(double? Precision, double? Recall, double? F1);
