namespace LeadQual.Evaluation.Statistics;

/// <summary>
/// Seeded percentile bootstrap over independent units (postings, pairs or resumes, never single decisions,
/// which are correlated within a pair). Each resample draws as many units as there are, with replacement;
/// every statistic of a family is computed on the same resamples, so a run's figures share one draw.
/// Same units, same seed: same interval.
/// </summary>
public static class Bootstrap
{
    public const int DefaultResamples = 1000;

    /// <summary>The default seed (the issue that asked for intervals).</summary>
    public const int DefaultSeed = 14;

    public const double Level = 0.95;

    /// <summary>One interval per statistic (null when the statistic is undefined on every resample, or there are no units).</summary>
    public static IReadOnlyList<Interval?> Intervals<T>(IReadOnlyList<T> units, IReadOnlyList<Func<IReadOnlyList<T>, double?>> statistics, int resamples = DefaultResamples, int seed = DefaultSeed)
    {
        var samples = statistics.Select(_ => new List<double>(resamples)).ToList();
        if (units.Count > 0)
        {
            var random = new Random(seed);
            var draw = new T[units.Count];
            for (var r = 0; r < resamples; r++)
            {
                for (var i = 0; i < draw.Length; i++)
                {
                    draw[i] = units[random.Next(units.Count)];
                }

                for (var s = 0; s < statistics.Count; s++)
                {
                    if (statistics[s](draw) is { } value && !double.IsNaN(value))
                    {
                        samples[s].Add(value);
                    }
                }
            }
        }

        return samples.Select(Percentiles).ToList();
    }

    /// <summary>
    /// Paired bootstrap of B − A: the same units are drawn for both runs, so what a unit shares between
    /// runs (its difficulty) cancels. Identical runs give exactly [0, 0].
    /// </summary>
    public static IReadOnlyList<Interval?> PairedDifferences<T>(IReadOnlyList<(T A, T B)> units, IReadOnlyList<Func<IReadOnlyList<T>, double?>> statistics, int resamples = DefaultResamples, int seed = DefaultSeed)
    {
        var samples = statistics.Select(_ => new List<double>(resamples)).ToList();
        if (units.Count > 0)
        {
            var random = new Random(seed);
            var a = new T[units.Count];
            var b = new T[units.Count];
            for (var r = 0; r < resamples; r++)
            {
                for (var i = 0; i < a.Length; i++)
                {
                    var pick = units[random.Next(units.Count)];
                    a[i] = pick.A;
                    b[i] = pick.B;
                }

                for (var s = 0; s < statistics.Count; s++)
                {
                    if (statistics[s](a) is { } left && statistics[s](b) is { } right && !double.IsNaN(left) && !double.IsNaN(right))
                    {
                        samples[s].Add(right - left);
                    }
                }
            }
        }

        return samples.Select(Percentiles).ToList();
    }

    private static Interval? Percentiles(List<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        values.Sort();
        var tail = (1 - Level) / 2;
        return new Interval(Quantile(values, tail), Quantile(values, 1 - tail));
    }

    // Linear interpolation between order statistics (R's type 7), so a small sample does not jump.
    private static double Quantile(List<double> sorted, double p)
    {
        var position = p * (sorted.Count - 1);
        var lower = (int)Math.Floor(position);
        var upper = Math.Min(lower + 1, sorted.Count - 1);
        return sorted[lower] + ((position - lower) * (sorted[upper] - sorted[lower]));
    }
}
