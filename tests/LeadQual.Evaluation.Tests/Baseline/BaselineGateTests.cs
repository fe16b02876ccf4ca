using LeadQual.Evaluation.Baseline;
using LeadQual.Evaluation.Running;
using LeadQual.Evaluation.Units;

namespace LeadQual.Evaluation.Tests.Baseline;

public sealed class BaselineGateTests
{
    private static EvalMetrics Metrics(double precision, double ece) => new(
        "offline", "offline/1.0.0", "v", "eval-data", DateTimeOffset.UnixEpoch, 1,
        new DecompositionMetrics(1, 1, 1, 1, 1, 1, 1, 1),
        new AssessmentMetrics(10, 0.9, precision, 0.8, 0.05, ece, 0.1, 10, []),
        new RatingMetrics(1, 1, 1, []),
        null,
        new CostMetrics(0, 0, 0, 0, 0, false, null, null, 0, []),
        0);

    private static readonly BaselineFile Baseline = new("offline", "offline/1.0.0", "test",
    [
        new BaselineMetric("assessment.precision", 0.95, 0.01),
        new BaselineMetric("assessment.ece", 0.05, 0.01, HigherIsBetter: false),
    ]);

    [Fact]
    public void Check_WithinTolerance_PassesEveryMetric()
    {
        Assert.DoesNotContain(BaselineGate.Check(Metrics(0.945, 0.055), Baseline), c => c.Regressed);
    }

    [Fact]
    public void Check_HigherIsBetterMetricDropped_Regresses()
    {
        var checks = BaselineGate.Check(Metrics(0.90, 0.05), Baseline);

        Assert.True(checks.Single(c => c.Path == "assessment.precision").Regressed);
        Assert.False(checks.Single(c => c.Path == "assessment.ece").Regressed);
    }

    [Fact]
    public void Check_LowerIsBetterMetricRose_Regresses()
    {
        Assert.True(BaselineGate.Check(Metrics(0.96, 0.08), Baseline).Single(c => c.Path == "assessment.ece").Regressed);
    }

    [Fact]
    public void Check_MissingOrNullMetric_Regresses()
    {
        var baseline = Baseline with { Metrics = [new BaselineMetric("profile.explicit_skills.f1", 0.9, 0.02)] };

        Assert.True(BaselineGate.Check(Metrics(0.96, 0.04), baseline).Single().Regressed);
    }

    /// <summary>60 pairs of 10 decisions each; the first <paramref name="wrongPairs"/> pairs get every decision wrong.</summary>
    private static EvalUnits Units(int wrongPairs) => new("offline", "offline/1.0.0", "v", [],
        Enumerable.Range(0, 60).Select(p => new PairUnit($"R{p:000}", "J001",
            Enumerable.Range(0, 10).Select(r => new RequirementDecision($"R{p:000}", "J001", $"r{r}", "Python", "required_qualification", r % 2 == 0, p < wrongPairs ? r % 2 != 0 : r % 2 == 0, 0.9, string.Empty, string.Empty)).ToList(),
            null)).ToList(),
        []);

    private static readonly BaselineFile Paired = new("offline", "offline/1.0.0", "test", [new BaselineMetric("assessment.accuracy", 0.95, 0.005)], "baseline-units.json");

    private static MetricCheck Gate(int baselineWrong, int currentWrong, BaselineFile? baseline = null) =>
        BaselineGate.Check(Metrics(0.95, 0.05) with { Assessment = new AssessmentMetrics(600, 1 - (currentWrong / 60.0), 1, 1, 0, 0, 0, 10, []) }, Units(currentWrong), baseline ?? Paired, Units(baselineWrong)).Single();

    [Fact]
    public void Check_PairedSameUnits_IsWithinNoiseWithAZeroInterval()
    {
        var check = Gate(3, 3);

        Assert.Equal(Verdicts.WithinNoise, check.Verdict);
        Assert.Equal(new LeadQual.Evaluation.Statistics.Interval(0, 0), check.Difference);
        Assert.Equal(60, check.SharedUnits);
    }

    [Fact]
    public void Check_PairedOnePairWorse_IsWithinNoiseThoughThePointDropIsPastTheTolerance()
    {
        // Accuracy 0.950 → 0.933 (−0.017, past a 0.005 tolerance), but one pair in 60 is not evidence.
        var check = Gate(3, 4);

        Assert.False(check.Regressed);
        Assert.Equal(Verdicts.WithinNoise, check.Verdict);
        Assert.True(check.Difference!.Low < -0.005 && check.Difference.High >= -0.005, check.Difference.ToString());
    }

    [Fact]
    public void Check_PairedTenPairsWorse_Regresses()
    {
        var check = Gate(0, 10);

        Assert.True(check.Regressed);
        Assert.Equal(Verdicts.Regressed, check.Verdict);
        Assert.True(check.Difference!.High < -0.005, check.Difference.ToString());
    }

    [Fact]
    public void Check_PairedTenPairsBetter_Improves()
    {
        Assert.Equal(Verdicts.Improved, Gate(10, 0).Verdict);
    }

    [Fact]
    public void Check_HardFloorCrossed_RegressesWhateverTheInterval()
    {
        var baseline = Paired with { Metrics = [new BaselineMetric("assessment.accuracy", 0.95, 0.005, Floor: 0.96)] };

        var check = Gate(3, 3, baseline);

        Assert.True(check.Regressed);
        Assert.Contains("hard floor", check.Reason, StringComparison.Ordinal);
    }
}

