namespace LeadQual.Evaluation.Statistics;

/// <summary>The Wilson score interval of a binomial proportion: the closed form the bootstrap of a proportion is checked against.</summary>
public static class WilsonInterval
{
    public static Interval Of(int successes, int n, double z = 1.959964)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        ArgumentOutOfRangeException.ThrowIfNegative(successes);
        var p = (double)successes / n;
        var denominator = 1 + (z * z / n);
        var centre = (p + (z * z / (2 * n))) / denominator;
        var half = z * Math.Sqrt((p * (1 - p) / n) + (z * z / (4.0 * n * n))) / denominator;
        return new Interval(centre - half, centre + half);
    }
}
