using LeadQual.Evaluation.Repeats;
using LeadQual.Evaluation.Running;
using LeadQual.Evaluation.Units;
using LeadQual.Jobs;

namespace LeadQual.Evaluation.Tests.Repeats;

public sealed class RepeatSummaryTests
{
    private static EvalUnits Run(bool r2Match, JobRating r001Rating) => new("llm", "m", "v", [],
    [
        new PairUnit("R001", "J001",
        [
            new RequirementDecision("R001", "J001", "r1", "Python", "required_qualification", true, true, 0.9, "", ""),
            new RequirementDecision("R001", "J001", "r2", "SQL", "required_qualification", true, r2Match, 0.9, "", ""),
        ], new PairRating("R001", "J001", JobRating.High, r001Rating, 1, null)),
        new PairUnit("R002", "J001",
        [
            new RequirementDecision("R002", "J001", "r1", "Python", "required_qualification", false, false, 0.8, "", ""),
            new RequirementDecision("R002", "J001", "r2", "SQL", "required_qualification", false, false, 0.8, "", ""),
        ], new PairRating("R002", "J001", JobRating.Low, JobRating.Low, 0, null)),
    ], []);

    [Fact]
    public void Of_ThreeRepeatsOneDecisionMoving_CountsTheFlipAndTheUnstablePairAndTheSpread()
    {
        var summary = RepeatSummary.Of([Run(true, JobRating.High), Run(false, JobRating.Medium), Run(true, JobRating.High)]);

        Assert.Equal(3, summary.Repeats);
        Assert.Equal((4, 1, 0.25), (summary.Decisions, summary.FlippedDecisions, summary.FlipRate!.Value));
        var pair = Assert.Single(summary.UnstablePairs);
        Assert.Equal("R001__J001", pair.Pair);
        Assert.Equal(["high", "medium", "high"], pair.Ratings);

        // Accuracy 1, 0.75, 1: mean 0.9167, sample sd 0.1443.
        var accuracy = summary.Metrics.Single(m => m.Path == "assessment.accuracy");
        Assert.Equal(0.9167, accuracy.Mean!.Value, 4);
        Assert.Equal(0.1443, accuracy.StandardDeviation!.Value, 4);
        Assert.Equal((0.75, 1.0), (accuracy.Min!.Value, accuracy.Max!.Value));
    }
}
