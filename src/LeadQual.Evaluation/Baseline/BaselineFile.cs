namespace LeadQual.Evaluation.Baseline;

/// <summary>
/// The committed baseline (eval-data/baseline.json): which engine it was measured on, the gated metrics,
/// and <see cref="Units"/>, the per-unit results of the baseline run (a file beside it) that the gate
/// pairs with the current run's. A baseline without units is checked point by point against its tolerances.
/// </summary>
public sealed record BaselineFile(string Engine, string Model, string Note, IReadOnlyList<BaselineMetric> Metrics, string? Units = null);
