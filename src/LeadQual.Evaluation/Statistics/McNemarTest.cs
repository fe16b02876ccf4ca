namespace LeadQual.Evaluation.Statistics;

/// <summary>
/// McNemar's exact test on paired decisions: only the discordant ones count (right in one run, wrong in
/// the other); under no change each is equally likely either way, so the two-sided p-value is a binomial
/// tail with p = ½, doubled and capped at 1.
/// </summary>
public sealed record McNemarTest(int Both, int OnlyA, int OnlyB, int Neither, double PValue)
{
    /// <summary>Decisions both runs made, by whether each was right.</summary>
    public static McNemarTest Of(IEnumerable<(bool ARight, bool BRight)> pairs)
    {
        int both = 0, onlyA = 0, onlyB = 0, neither = 0;
        foreach (var (a, b) in pairs)
        {
            switch (a, b)
            {
                case (true, true): both++; break;
                case (true, false): onlyA++; break;
                case (false, true): onlyB++; break;
                default: neither++; break;
            }
        }

        return new McNemarTest(both, onlyA, onlyB, neither, ExactPValue(onlyA, onlyB));
    }

    public int N => Both + OnlyA + OnlyB + Neither;

    /// <summary>Two-sided exact p-value for discordant counts <paramref name="b"/> and <paramref name="c"/>.</summary>
    public static double ExactPValue(int b, int c)
    {
        var n = b + c;
        if (n == 0)
        {
            return 1;
        }

        // Sum in log space: C(n, i) / 2^n underflows a double past n ≈ 1000.
        var k = Math.Min(b, c);
        var tail = 0.0;
        for (var i = 0; i <= k; i++)
        {
            tail += Math.Exp(LogChoose(n, i) - (n * Math.Log(2)));
        }

        return Math.Min(1, 2 * tail);
    }

    /// <summary>A p-value as printed: four decimals, or two significant digits in scientific notation below 0.0001.</summary>
    public static string Format(double p) => p.ToString(p < 0.0001 ? "0.0e0" : "0.0000", System.Globalization.CultureInfo.InvariantCulture);

    private static double LogChoose(int n, int k)
    {
        var sum = 0.0;
        for (var i = 1; i <= k; i++)
        {
            sum += Math.Log(n - k + i) - Math.Log(i);
        }

        return sum;
    }
}
