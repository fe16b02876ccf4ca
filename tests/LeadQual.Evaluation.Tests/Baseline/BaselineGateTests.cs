using LeadQual.Evaluation.Baseline;
using LeadQual.Evaluation.Running;

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
}
