namespace LeadQual.Evaluation.Baseline;

/// <summary>
/// One gated metric: its path in metrics.json ("assessment.precision"), the committed value, how far it
/// may move the wrong way, and which way is better.
/// </summary>
public sealed record BaselineMetric(string Path, double Value, double Tolerance, bool HigherIsBetter = true);
