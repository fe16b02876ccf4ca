using LeadQual.Evaluation.Statistics;

namespace LeadQual.Evaluation.Baseline;

/// <summary>
/// The gate's verdict on one metric: <see cref="Verdicts.Regressed"/>, <see cref="Verdicts.WithinNoise"/> or
/// <see cref="Verdicts.Improved"/>. <see cref="Difference"/> is the paired 95 % interval of current − baseline
/// over the <see cref="SharedUnits"/> both runs have (null when the baseline has no per-unit results).
/// </summary>
public sealed record MetricCheck(string Path, double Baseline, double? Current, double Tolerance, bool HigherIsBetter, bool Regressed)
{
    public string Verdict { get; init; } = Regressed ? Verdicts.Regressed : Verdicts.WithinNoise;

    public Interval? Difference { get; init; }

    public int SharedUnits { get; init; }

    public double? Floor { get; init; }

    /// <summary>Why a regressed metric regressed, in one line.</summary>
    public string? Reason { get; init; }
}
