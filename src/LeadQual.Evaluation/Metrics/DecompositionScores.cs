namespace LeadQual.Evaluation.Metrics;

/// <summary>Steps 2.1–2.3 end to end: requirement precision, recall and F1 after alignment; classification accuracy over aligned pairs.</summary>
public sealed record DecompositionScores(int Gold, int Predicted, int Aligned, int ClassifiedCorrectly)
{
    public double? Precision => Predicted == 0 ? null : (double)Aligned / Predicted;

    public double? Recall => Gold == 0 ? null : (double)Aligned / Gold;

    public double? F1 => Precision is { } p && Recall is { } r ? (p + r == 0 ? 0 : 2 * p * r / (p + r)) : null;

    public double? ClassificationAccuracy => Aligned == 0 ? null : (double)ClassifiedCorrectly / Aligned;

    public static DecompositionScores Of(IEnumerable<AlignedRequirement> alignment)
    {
        var list = alignment.ToList();
        var aligned = list.Where(a => a.GoldId is not null && a.PredictedText is not null).ToList();
        return new DecompositionScores(
            list.Count(a => a.GoldId is not null),
            list.Count(a => a.PredictedText is not null),
            aligned.Count,
            aligned.Count(a => a.GoldClassification == a.PredictedClassification));
    }
}
