namespace LeadQual.Evaluation.Metrics;

/// <summary>One of the equal-width confidence bins of a reliability diagram.</summary>
public sealed record ReliabilityBin(double Lower, double Upper, int Count, double? MeanConfidence, double? Accuracy);
