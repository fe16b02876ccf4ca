namespace LeadQual.Evaluation.Baseline;

/// <summary>The committed baseline (eval-data/baseline.json): which engine it was measured on and the gated metrics.</summary>
public sealed record BaselineFile(string Engine, string Model, string Note, IReadOnlyList<BaselineMetric> Metrics);
