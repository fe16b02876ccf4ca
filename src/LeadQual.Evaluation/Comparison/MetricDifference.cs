using LeadQual.Evaluation.Statistics;

namespace LeadQual.Evaluation.Comparison;

/// <summary>One figure of both runs on their shared units, B − A with its paired 95 % interval, and the verdict.</summary>
public sealed record MetricDifference(string Path, string Unit, bool HigherIsBetter, int SharedUnits, double? A, double? B, double? Difference, Interval? Interval, string Verdict);
