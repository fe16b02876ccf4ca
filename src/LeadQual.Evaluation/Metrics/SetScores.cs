namespace LeadQual.Evaluation.Metrics;

/// <summary>Precision, recall and F1 of a predicted set against a gold set, micro-averaged over many sets.</summary>
public sealed record SetScores(int TruePositives, int Predicted, int Gold)
{
    public double? Precision => Predicted == 0 ? null : (double)TruePositives / Predicted;

    public double? Recall => Gold == 0 ? null : (double)TruePositives / Gold;

    public double? F1 => Precision is { } p && Recall is { } r ? (p + r == 0 ? 0 : 2 * p * r / (p + r)) : null;

    public static SetScores Of(IEnumerable<string> predicted, IEnumerable<string> gold, IEqualityComparer<string>? comparer = null)
    {
        var p = predicted.ToHashSet(comparer ?? StringComparer.OrdinalIgnoreCase);
        var g = gold.ToHashSet(comparer ?? StringComparer.OrdinalIgnoreCase);
        return new SetScores(p.Count(g.Contains), p.Count, g.Count);
    }

    public static SetScores operator +(SetScores left, SetScores right) =>
        new(left.TruePositives + right.TruePositives, left.Predicted + right.Predicted, left.Gold + right.Gold);

    public static SetScores Add(SetScores left, SetScores right) => left + right;

    public static SetScores Empty { get; } = new(0, 0, 0);
}
