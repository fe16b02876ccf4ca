using LeadQual.Evaluation.Metrics;

namespace LeadQual.Evaluation.Tests.Metrics;

public sealed class PercentileTests
{
    [Fact]
    public void Of_NearestRank_ReturnsObservedValues()
    {
        var values = Enumerable.Range(1, 20).Select(i => (double)i);

        Assert.Equal(10, Percentile.Of(values, 50));
        Assert.Equal(19, Percentile.Of(values, 95));
        Assert.Null(Percentile.Of([], 50));
    }
}
