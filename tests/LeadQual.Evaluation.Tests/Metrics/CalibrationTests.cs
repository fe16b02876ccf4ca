using LeadQual.Evaluation.Metrics;

namespace LeadQual.Evaluation.Tests.Metrics;

public sealed class CalibrationTests
{
    [Fact]
    public void Of_HandComputedCase_GivesEceOverTenEqualWidthBinsAndBrier()
    {
        // Bin 0.9-1.0: confidences 0.95, 0.95, right once of twice → |0.5 - 0.95| = 0.45, weight 2/4.
        // Bin 0.6-0.7: confidences 0.65, 0.65, both right → |1.0 - 0.65| = 0.35, weight 2/4.
        var decisions = new[] { (0.95, true), (0.95, false), (0.65, true), (0.65, true) };

        var calibration = Calibration.Of(decisions);

        Assert.Equal(0.4, calibration.Ece!.Value, 10);
        // Brier: (0.05² + 0.95² + 0.35² + 0.35²) / 4
        Assert.Equal((0.0025 + 0.9025 + 0.1225 + 0.1225) / 4, calibration.Brier!.Value, 10);
        Assert.Equal(10, calibration.Bins.Count);
        Assert.Equal(2, calibration.Bins[9].Count);
        Assert.Equal(2, calibration.Bins[6].Count);
    }

    [Fact]
    public void Of_ConfidenceOfOne_FallsInTheLastBin()
    {
        Assert.Equal(1, Calibration.Of([(1.0, true)]).Bins[9].Count);
    }

    [Fact]
    public void Of_PerfectlyCalibrated_HasZeroEce()
    {
        (double, bool)[] decisions = [(0.75, true), (0.75, true), (0.75, true), (0.75, false)];

        Assert.Equal(0.0, Calibration.Of(decisions).Ece!.Value, 10);
    }
}
