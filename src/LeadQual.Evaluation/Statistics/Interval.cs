namespace LeadQual.Evaluation.Statistics;

/// <summary>A 95 % interval around a figure or a difference: <see cref="Low"/> ≤ <see cref="High"/>.</summary>
public sealed record Interval(double Low, double High)
{
    /// <summary>True when the whole interval lies above <paramref name="threshold"/>.</summary>
    public bool Above(double threshold) => Low > threshold;

    /// <summary>True when the whole interval lies below <paramref name="threshold"/>.</summary>
    public bool Below(double threshold) => High < threshold;

    public override string ToString() => FormattableString.Invariant($"[{Low:0.000}, {High:0.000}]");
}
