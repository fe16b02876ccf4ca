using LeadQual.Evaluation.Statistics;

namespace LeadQual.Evaluation.Units;

/// <summary>A family's figures of two runs on the units both have, and the paired interval of each B − A.</summary>
public sealed record PairedFigures(int SharedUnits, IReadOnlyList<double?> A, IReadOnlyList<double?> B, IReadOnlyList<Interval?> Differences);
