namespace LeadQual.Evaluation.Metrics;

/// <summary>
/// How well stated confidences match observed correctness. Confidence is the probability that a
/// decision is right; ECE uses 10 equal-width bins over [0,1] (the last bin includes 1.0) and weighs
/// each bin's |accuracy − mean confidence| by its share of decisions; Brier is the mean squared error.
/// </summary>
public sealed record Calibration(int N, double? Ece, double? Brier, IReadOnlyList<ReliabilityBin> Bins)
{
    public const int BinCount = 10;

    public static Calibration Of(IEnumerable<(double Confidence, bool Correct)> decisions)
    {
        var list = decisions.ToList();
        var bins = new List<ReliabilityBin>();
        double ece = 0;
        for (var b = 0; b < BinCount; b++)
        {
            var lower = (double)b / BinCount;
            var upper = (double)(b + 1) / BinCount;
            var members = list.Where(d => BinOf(d.Confidence) == b).ToList();
            if (members.Count == 0)
            {
                bins.Add(new ReliabilityBin(lower, upper, 0, null, null));
                continue;
            }

            var confidence = members.Average(m => m.Confidence);
            var accuracy = members.Average(m => m.Correct ? 1.0 : 0.0);
            ece += (double)members.Count / list.Count * Math.Abs(accuracy - confidence);
            bins.Add(new ReliabilityBin(lower, upper, members.Count, confidence, accuracy));
        }

        return list.Count == 0
            ? new Calibration(0, null, null, bins)
            : new Calibration(list.Count, ece, list.Average(d => Math.Pow(d.Confidence - (d.Correct ? 1 : 0), 2)), bins);
    }

    private static int BinOf(double confidence) => Math.Clamp((int)Math.Floor(confidence * BinCount), 0, BinCount - 1);
}
