using LeadQual.Evaluation.Comparison;
using Microsoft.Data.Analysis;

namespace LeadQual.Evaluation.Frames;

/// <summary>A comparison of two runs as DataFrames, for the notebooks: the differences with their intervals and verdicts, and the flipped decisions.</summary>
public static class ComparisonFrames
{
    /// <summary>One row per figure: A, B, B − A, the paired 95 % interval and the verdict.</summary>
    public static DataFrame Metrics(RunComparison comparison)
    {
        var rows = comparison.Metrics;
        return new DataFrame(
            new StringDataFrameColumn("metric", rows.Select(m => m.Path)),
            new Int32DataFrameColumn("units", rows.Select(m => (int?)m.SharedUnits)),
            new DoubleDataFrameColumn("a", rows.Select(m => Round(m.A))),
            new DoubleDataFrameColumn("b", rows.Select(m => Round(m.B))),
            new DoubleDataFrameColumn("b_minus_a", rows.Select(m => Round(m.Difference))),
            new DoubleDataFrameColumn("ci_low", rows.Select(m => Round(m.Interval?.Low))),
            new DoubleDataFrameColumn("ci_high", rows.Select(m => Round(m.Interval?.High))),
            new StringDataFrameColumn("verdict", rows.Select(m => m.Verdict)));
    }

    /// <summary>The decisions the two runs made differently, with both reasonings.</summary>
    public static DataFrame Flips(RunComparison comparison)
    {
        var rows = comparison.Flips;
        return new DataFrame(
            new StringDataFrameColumn("pair", rows.Select(f => f.Pair)),
            new StringDataFrameColumn("requirement", rows.Select(f => $"{f.RequirementId}: {f.Requirement}")),
            new BooleanDataFrameColumn("gold", rows.Select(f => (bool?)f.Gold)),
            new BooleanDataFrameColumn("a", rows.Select(f => (bool?)f.A)),
            new BooleanDataFrameColumn("b", rows.Select(f => (bool?)f.B)),
            new StringDataFrameColumn("reasoning_a", rows.Select(f => f.ReasoningA)),
            new StringDataFrameColumn("reasoning_b", rows.Select(f => f.ReasoningB)));
    }

    private static double? Round(double? value) => value is { } v ? Math.Round(v, 4) : null;
}
