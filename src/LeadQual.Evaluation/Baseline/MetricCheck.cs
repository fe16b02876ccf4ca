namespace LeadQual.Evaluation.Baseline;

/// <summary>The gate's verdict on one metric.</summary>
public sealed record MetricCheck(string Path, double Baseline, double? Current, double Tolerance, bool HigherIsBetter, bool Regressed);
