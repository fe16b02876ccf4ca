using LeadQual.Evaluation.Statistics;

namespace LeadQual.Evaluation.Units;

/// <summary>The figures that resample the same kind of unit (postings, pairs or resumes).</summary>
public interface IMetricFamily
{
    /// <summary>"posting", "pair" or "resume".</summary>
    string Unit { get; }

    IReadOnlyList<(string Path, bool HigherIsBetter)> Metrics { get; }

    int Count(EvalUnits units);

    IReadOnlyList<double?> Values(EvalUnits units);

    IReadOnlyList<Interval?> Intervals(EvalUnits units, int seed = Bootstrap.DefaultSeed);

    /// <summary>Both runs on the units they share (matched by key), with paired bootstrap intervals of B − A.</summary>
    PairedFigures Paired(EvalUnits a, EvalUnits b, int seed = Bootstrap.DefaultSeed);
}
