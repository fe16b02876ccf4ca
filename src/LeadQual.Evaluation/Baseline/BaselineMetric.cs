namespace LeadQual.Evaluation.Baseline;

/// <summary>
/// One gated metric: its path in metrics.json ("assessment.precision"), the committed value, how far the
/// paired interval of the difference may lie the wrong way, and which way is better. <see cref="Floor"/>,
/// when set, is a hard limit (a floor, or for a lower-is-better metric a ceiling) that fails the gate
/// whatever the interval says.
/// </summary>
public sealed record BaselineMetric(string Path, double Value, double Tolerance, bool HigherIsBetter = true, double? Floor = null);
