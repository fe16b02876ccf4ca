using LeadQual.Evaluation.Metrics;

namespace LeadQual.Evaluation.Running;

/// <summary>Step 3.1 on the gold requirements of every pair, with calibration of the decision confidence.</summary>
public sealed record AssessmentMetrics(int N, double? Accuracy, double? Precision, double? Recall, double? FalsePositiveRate, double? Ece, double? Brier, int EceBins, IReadOnlyList<ReliabilityBin> Reliability);
