namespace LeadQual.Evaluation.Metrics;

/// <summary>Match-decision scores against gold: accuracy, precision, recall and false-positive rate (null when undefined).</summary>
public sealed record BinaryScores(int N, int TruePositives, int FalsePositives, int TrueNegatives, int FalseNegatives)
{
    public double? Accuracy => N == 0 ? null : (double)(TruePositives + TrueNegatives) / N;

    public double? Precision => TruePositives + FalsePositives == 0 ? null : (double)TruePositives / (TruePositives + FalsePositives);

    public double? Recall => TruePositives + FalseNegatives == 0 ? null : (double)TruePositives / (TruePositives + FalseNegatives);

    public double? FalsePositiveRate => FalsePositives + TrueNegatives == 0 ? null : (double)FalsePositives / (FalsePositives + TrueNegatives);

    public static BinaryScores Of(IEnumerable<(bool Gold, bool Predicted)> decisions)
    {
        int tp = 0, fp = 0, tn = 0, fn = 0;
        foreach (var (gold, predicted) in decisions)
        {
            switch (gold, predicted)
            {
                case (true, true): tp++; break;
                case (false, true): fp++; break;
                case (false, false): tn++; break;
                default: fn++; break;
            }
        }

        return new BinaryScores(tp + fp + tn + fn, tp, fp, tn, fn);
    }
}
