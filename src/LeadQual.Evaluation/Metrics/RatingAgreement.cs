using LeadQual.Jobs;

namespace LeadQual.Evaluation.Metrics;

/// <summary>Share of pairs whose predicted rating equals the gold one, and within one tier of it; plus the confusion matrix.</summary>
public sealed record RatingAgreement(int N, double? Exact, double? WithinOne, IReadOnlyDictionary<(JobRating Gold, JobRating Predicted), int> Confusion)
{
    public static RatingAgreement Of(IEnumerable<(JobRating Gold, JobRating Predicted)> ratings)
    {
        var list = ratings.ToList();
        var confusion = list.GroupBy(r => r).ToDictionary(g => g.Key, g => g.Count());
        return list.Count == 0
            ? new RatingAgreement(0, null, null, confusion)
            : new RatingAgreement(
                list.Count,
                list.Average(r => r.Gold == r.Predicted ? 1.0 : 0.0),
                list.Average(r => Math.Abs((int)r.Gold - (int)r.Predicted) <= 1 ? 1.0 : 0.0),
                confusion);
    }
}
