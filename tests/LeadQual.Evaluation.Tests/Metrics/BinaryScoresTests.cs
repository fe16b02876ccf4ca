using LeadQual.Evaluation.Metrics;

namespace LeadQual.Evaluation.Tests.Metrics;

public sealed class BinaryScoresTests
{
    [Fact]
    public void Of_HandComputedCase_GivesAccuracyPrecisionRecallAndFalsePositiveRate()
    {
        // 3 TP, 1 FP, 4 TN, 2 FN
        var decisions = new[] { (true, true), (true, true), (true, true), (false, true), (false, false), (false, false), (false, false), (false, false), (true, false), (true, false) };

        var scores = BinaryScores.Of(decisions);

        Assert.Equal(0.7, scores.Accuracy!.Value, 10);
        Assert.Equal(0.75, scores.Precision!.Value, 10);
        Assert.Equal(0.6, scores.Recall!.Value, 10);
        Assert.Equal(0.2, scores.FalsePositiveRate!.Value, 10);
    }

    [Fact]
    public void Of_NoPositivePredictions_PrecisionIsUndefinedNotZero()
    {
        Assert.Null(BinaryScores.Of([(true, false), (false, false)]).Precision);
    }
}
