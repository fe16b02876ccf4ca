namespace LeadQual.Evaluation.Repeats;

/// <summary>One figure over the repeats of a run: mean, sample standard deviation, smallest and largest.</summary>
public sealed record MetricSpread(string Path, int Runs, double? Mean, double? StandardDeviation, double? Min, double? Max);
