using LeadQual.Evaluation.Statistics;

namespace LeadQual.Evaluation.Units;

/// <summary>A family of figures over one kind of unit, with how to pick those units from a run and match them between runs.</summary>
internal sealed class MetricFamily<T>(string unit, Func<EvalUnits, IReadOnlyList<T>> select, Func<T, string> key, IReadOnlyList<Metric<T>> metrics) : IMetricFamily
{
    public string Unit => unit;

    public IReadOnlyList<(string Path, bool HigherIsBetter)> Metrics { get; } = metrics.Select(m => (m.Path, m.HigherIsBetter)).ToList();

    public int Count(EvalUnits units) => select(units).Count;

    public IReadOnlyList<double?> Values(EvalUnits units)
    {
        var list = select(units);
        return metrics.Select(m => m.Compute(list)).ToList();
    }

    public IReadOnlyList<Interval?> Intervals(EvalUnits units, int seed = Bootstrap.DefaultSeed) =>
        Bootstrap.Intervals(select(units), metrics.Select(m => m.Compute).ToList(), seed: seed);

    public PairedFigures Paired(EvalUnits a, EvalUnits b, int seed = Bootstrap.DefaultSeed)
    {
        var right = select(b).ToDictionary(key, StringComparer.Ordinal);
        var shared = select(a).Where(u => right.ContainsKey(key(u))).Select(u => (A: u, B: right[key(u)])).ToList();
        var left = shared.Select(s => s.A).ToList();
        var other = shared.Select(s => s.B).ToList();
        return new PairedFigures(
            shared.Count,
            metrics.Select(m => m.Compute(left)).ToList(),
            metrics.Select(m => m.Compute(other)).ToList(),
            Bootstrap.PairedDifferences(shared, metrics.Select(m => m.Compute).ToList(), seed: seed));
    }
}
