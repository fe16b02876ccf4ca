using LeadQual.Evaluation.Metrics;
using LeadQual.Evaluation.Statistics;

namespace LeadQual.Evaluation.Units;

/// <summary>
/// Every figure of metrics.json that has an interval, computed from units by the same scores the runner
/// uses (BinaryScores, Calibration, DecompositionScores, SetScores), so a point value here equals the
/// one in metrics.json. Decomposition resamples postings, assessment and rating resample pairs, profiles
/// resample resumes.
/// </summary>
public static class MetricCatalog
{
    public static IMetricFamily Decomposition { get; } = new MetricFamily<PostingUnit>("posting", u => u.Postings, p => p.JobId,
    [
        new("decomposition.f1", true, u => Scores(u).F1),
        new("decomposition.precision", true, u => Scores(u).Precision),
        new("decomposition.recall", true, u => Scores(u).Recall),
        new("decomposition.classification_accuracy", true, u => Scores(u).ClassificationAccuracy),
    ]);

    public static IMetricFamily Pairs { get; } = new MetricFamily<PairUnit>("pair", u => u.Pairs, p => p.Pair,
    [
        new("assessment.accuracy", true, u => Binary(u).Accuracy),
        new("assessment.precision", true, u => Binary(u).Precision),
        new("assessment.recall", true, u => Binary(u).Recall),
        new("assessment.false_positive_rate", false, u => Binary(u).FalsePositiveRate),
        new("assessment.ece", false, u => Calibrate(u).Ece),
        new("assessment.brier", false, u => Calibrate(u).Brier),
        new("rating.exact", true, u => Rated(u, (gold, predicted) => gold == predicted)),
        new("rating.within_one", true, u => Rated(u, (gold, predicted) => Math.Abs(gold - predicted) <= 1)),
    ]);

    public static IMetricFamily Profile { get; } = new MetricFamily<ResumeUnit>("resume", u => u.Resumes, r => r.ResumeId,
    [
        new("profile.explicit_skills.precision", true, u => Sum(u, r => r.ExplicitSkills).Precision),
        new("profile.explicit_skills.recall", true, u => Sum(u, r => r.ExplicitSkills).Recall),
        new("profile.explicit_skills.f1", true, u => Sum(u, r => r.ExplicitSkills).F1),
        new("profile.inferred_skills.precision", true, u => Sum(u, r => r.InferredSkills).Precision),
        new("profile.inferred_skills.recall", true, u => Sum(u, r => r.InferredSkills).Recall),
        new("profile.inferred_skills.f1", true, u => Sum(u, r => r.InferredSkills).F1),
        new("profile.inferred_skills_likely.precision", true, u => Sum(u, r => r.InferredSkillsLikely).Precision),
        new("profile.inferred_skills_likely.recall", true, u => Sum(u, r => r.InferredSkillsLikely).Recall),
        new("profile.inferred_skills_likely.f1", true, u => Sum(u, r => r.InferredSkillsLikely).F1),
        new("profile.quality_flags.precision", true, u => Sum(u, r => r.QualityFlags).Precision),
        new("profile.quality_flags.recall", true, u => Sum(u, r => r.QualityFlags).Recall),
        new("profile.low_content_recall", true, u => Share(u, r => r.LowContentFound)),
        new("profile.years_mean_absolute_error", false, u => Mean(u.Where(r => r.YearsError is not null).Select(r => r.YearsError!.Value))),
        new("profile.degree_accuracy", true, u => Share(u, r => r.DegreeRight)),
        new("profile.inferred_ece", false, u => Calibration.Of(u.SelectMany(r => r.InferredConfidences).Select(p => (p.Confidence, p.Correct))).Ece),
        new("profile.inferred_brier", false, u => Calibration.Of(u.SelectMany(r => r.InferredConfidences).Select(p => (p.Confidence, p.Correct))).Brier),
        new("profile.unsupported_evidence_rate", false, u => Ratio(u.Sum(r => r.UnsupportedEvidence), u.Sum(r => r.EvidenceChecked))),
    ]);

    public static IReadOnlyList<IMetricFamily> Families { get; } = [Decomposition, Pairs, Profile];

    /// <summary>Every figure's interval by its path (a figure undefined on the run has none).</summary>
    public static IReadOnlyDictionary<string, Interval> Intervals(EvalUnits units, int seed = Bootstrap.DefaultSeed)
    {
        var intervals = new SortedDictionary<string, Interval>(StringComparer.Ordinal);
        foreach (var family in Families)
        {
            var found = family.Intervals(units, seed);
            for (var i = 0; i < found.Count; i++)
            {
                if (found[i] is { } interval)
                {
                    intervals[family.Metrics[i].Path] = Round(interval);
                }
            }
        }

        return intervals;
    }

    /// <summary>Every figure's point value by its path, from the units.</summary>
    public static IReadOnlyDictionary<string, double?> Values(EvalUnits units) =>
        Families.SelectMany(f => f.Metrics.Zip(f.Values(units), (m, v) => (m.Path, v))).ToDictionary(p => p.Path, p => p.v, StringComparer.Ordinal);

    /// <summary>Which way is better for a path, or null when the catalog does not know it.</summary>
    public static bool? HigherIsBetter(string path) =>
        Families.SelectMany(f => f.Metrics).Where(m => m.Path == path).Select(m => (bool?)m.HigherIsBetter).FirstOrDefault();

    public static IMetricFamily? FamilyOf(string path) => Families.FirstOrDefault(f => f.Metrics.Any(m => m.Path == path));

    private static Interval Round(Interval interval) => new(Math.Round(interval.Low, 4), Math.Round(interval.High, 4));

    private static DecompositionScores Scores(IReadOnlyList<PostingUnit> units) => DecompositionScores.Of(units.SelectMany(u => u.Alignment));

    private static BinaryScores Binary(IReadOnlyList<PairUnit> units) => BinaryScores.Of(units.SelectMany(u => u.Decisions).Select(d => (d.Gold, d.Predicted)));

    private static Calibration Calibrate(IReadOnlyList<PairUnit> units) => Calibration.Of(units.SelectMany(u => u.Decisions).Select(d => (d.Confidence, d.Correct)));

    // A pair that failed counts against agreement: it was not rated at all.
    private static double? Rated(IReadOnlyList<PairUnit> units, Func<int, int, bool> agrees)
    {
        var rated = units.Where(u => u.Rating is not null).Select(u => u.Rating!).ToList();
        return rated.Count == 0 ? null : (double)rated.Count(r => r.Predicted is { } p && agrees((int)r.Gold, (int)p)) / rated.Count;
    }

    private static SetScores Sum(IReadOnlyList<ResumeUnit> units, Func<ResumeUnit, SetScores> pick) => units.Aggregate(SetScores.Empty, (total, u) => total + pick(u));

    private static double? Share(IReadOnlyList<ResumeUnit> units, Func<ResumeUnit, bool?> pick)
    {
        var known = units.Select(pick).Where(v => v is not null).ToList();
        return known.Count == 0 ? null : known.Average(v => v!.Value ? 1.0 : 0.0);
    }

    private static double? Mean(IEnumerable<double> values)
    {
        var list = values.ToList();
        return list.Count == 0 ? null : list.Average();
    }

    private static double? Ratio(int part, int whole) => whole == 0 ? null : (double)part / whole;
}
