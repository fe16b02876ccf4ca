namespace LeadQual.Evaluation.Metrics;

/// <summary>Nearest-rank percentiles, so p50/p95 are latencies that were actually observed.</summary>
public static class Percentile
{
    public static double? Of(IEnumerable<double> values, double percentile)
    {
        var sorted = values.OrderBy(v => v).ToList();
        if (sorted.Count == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(percentile / 100.0 * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }
}
