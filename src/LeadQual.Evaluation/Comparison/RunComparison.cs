using LeadQual.Evaluation.Statistics;
using LeadQual.Evaluation.Units;

namespace LeadQual.Evaluation.Comparison;

/// <summary>
/// Two runs on the same labelled set (<c>leadqual compare A B</c>): every figure's B − A with a paired
/// bootstrap interval and a verdict, McNemar's exact test on the decisions both runs made, the pairs whose
/// rating changed and the decisions that flipped. A run compared with itself differs by exactly zero.
/// </summary>
public sealed record RunComparison(
    ComparedRun A,
    ComparedRun B,
    string Method,
    IReadOnlyList<MetricDifference> Metrics,
    McNemarTest McNemar,
    IReadOnlyList<RatingChange> RatingChanges,
    IReadOnlyList<DecisionFlip> Flips)
{
    public static RunComparison Of(EvalUnits a, EvalUnits b, string sourceA, string sourceB, int seed = Bootstrap.DefaultSeed)
    {
        var metrics = new List<MetricDifference>();
        foreach (var family in MetricCatalog.Families)
        {
            var figures = family.Paired(a, b, seed);
            for (var i = 0; i < family.Metrics.Count; i++)
            {
                var (path, higher) = family.Metrics[i];
                var (left, right, interval) = (figures.A[i], figures.B[i], figures.Differences[i]);
                var difference = left is { } l && right is { } r ? r - l : (double?)null;
                metrics.Add(new MetricDifference(path, family.Unit, higher, figures.SharedUnits, left, right, difference, interval, Verdict(higher, difference, interval)));
            }
        }

        var decisionsB = b.Pairs.SelectMany(p => p.Decisions).ToDictionary(d => (d.Pair, d.RequirementId));
        var both = a.Pairs.SelectMany(p => p.Decisions).Where(d => decisionsB.ContainsKey((d.Pair, d.RequirementId))).Select(d => (A: d, B: decisionsB[(d.Pair, d.RequirementId)])).ToList();
        var ratingsB = b.Pairs.Where(p => p.Rating is not null).ToDictionary(p => p.Pair, p => p.Rating!, StringComparer.Ordinal);
        var changes = a.Pairs.Where(p => p.Rating is not null && ratingsB.ContainsKey(p.Pair) && ratingsB[p.Pair].Predicted != p.Rating.Predicted)
            .Select(p => new RatingChange(p.Pair, Name(p.Rating!.Gold), Name(p.Rating.Predicted), Name(ratingsB[p.Pair].Predicted), p.Rating.MatchPercentage, ratingsB[p.Pair].MatchPercentage))
            .ToList();
        return new RunComparison(
            new ComparedRun(sourceA, a.Engine, a.Model, a.PromptVersion),
            new ComparedRun(sourceB, b.Engine, b.Model, b.PromptVersion),
            $"paired 95 % percentile bootstrap of B − A over the postings, pairs or resumes both runs have, {Bootstrap.DefaultResamples} resamples, seed {seed}; McNemar's exact test on the decisions both made",
            metrics,
            McNemarTest.Of(both.Select(x => (x.A.Correct, x.B.Correct))),
            changes,
            both.Where(x => x.A.Predicted != x.B.Predicted)
                .Select(x => new DecisionFlip(x.A.Pair, x.A.RequirementId, x.A.Requirement, x.A.Gold, x.A.Predicted, x.B.Predicted, x.A.Reasoning, x.B.Reasoning))
                .ToList());
    }

    /// <summary>The figures whose interval excludes zero on the worse side.</summary>
    public IEnumerable<MetricDifference> Worse => Metrics.Where(m => m.Verdict == ComparisonVerdicts.Worse);

    private static string Verdict(bool higherIsBetter, double? difference, Interval? interval)
    {
        if (difference is null || interval is null)
        {
            return ComparisonVerdicts.NotMeasured;
        }

        var better = higherIsBetter ? interval : new Interval(-interval.High, -interval.Low);
        return better.Above(0) ? ComparisonVerdicts.Better : better.Below(0) ? ComparisonVerdicts.Worse : ComparisonVerdicts.NoChange;
    }

    private static string Name(LeadQual.Jobs.JobRating rating) => rating.ToString().ToLowerInvariant();

    private static string? Name(LeadQual.Jobs.JobRating? rating) => rating?.ToString().ToLowerInvariant();
}
