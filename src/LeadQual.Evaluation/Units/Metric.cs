namespace LeadQual.Evaluation.Units;

/// <summary>One figure of metrics.json computed from a list of units: its path, which way is better, and how.</summary>
public sealed record Metric<T>(string Path, bool HigherIsBetter, Func<IReadOnlyList<T>, double?> Compute);
