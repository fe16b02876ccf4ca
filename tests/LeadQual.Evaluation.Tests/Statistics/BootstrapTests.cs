using LeadQual.Evaluation.Statistics;

namespace LeadQual.Evaluation.Tests.Statistics;

public sealed class BootstrapTests
{
    private static readonly Func<IReadOnlyList<bool>, double?> Share = units => units.Count == 0 ? null : units.Count(u => u) / (double)units.Count;

    [Theory]
    [InlineData(77, 101)]
    [InlineData(30, 50)]
    [InlineData(300, 1000)]
    public void Intervals_BinomialProportion_IsCloseToTheWilsonInterval(int successes, int n)
    {
        var units = Enumerable.Range(0, n).Select(i => i < successes).ToList();
        var wilson = WilsonInterval.Of(successes, n);

        var interval = Bootstrap.Intervals(units, [Share], resamples: 4000)[0]!;

        // Away from 0 and 1 the percentile bootstrap of a proportion agrees with Wilson to within two points at both ends
        // (near the edges it behaves like the Wald interval and is narrower than Wilson).
        Assert.InRange(interval.Low, wilson.Low - 0.02, wilson.Low + 0.02);
        Assert.InRange(interval.High, wilson.High - 0.02, wilson.High + 0.02);
    }

    [Fact]
    public void Wilson_77Of101_MatchesTheHandComputedInterval()
    {
        // p = 0.7624; centre = (p + z²/2n) / (1 + z²/n) = 0.7528; half-width = 0.0820.
        var wilson = WilsonInterval.Of(77, 101);

        Assert.Equal(0.6707, wilson.Low, 4);
        Assert.Equal(0.8348, wilson.High, 4);
    }

    [Fact]
    public void Intervals_SameSeed_SameInterval_OtherSeed_Differs()
    {
        var units = Enumerable.Range(0, 60).Select(i => i % 3 != 0).ToList();

        var first = Bootstrap.Intervals(units, [Share], seed: 7)[0];
        var again = Bootstrap.Intervals(units, [Share], seed: 7)[0];
        var other = Bootstrap.Intervals(units, [Share], seed: 8)[0];

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void PairedDifferences_IdenticalRuns_AreExactlyZero()
    {
        var units = Enumerable.Range(0, 80).Select(i => (A: i % 4 != 0, B: i % 4 != 0)).ToList();

        var difference = Bootstrap.PairedDifferences(units, [Share])[0]!;

        Assert.Equal(0.0, difference.Low);
        Assert.Equal(0.0, difference.High);
    }

    [Fact]
    public void PairedDifferences_BWorseOnAFifthOfUnits_ExcludesZeroBelow()
    {
        // A right on every unit, B wrong on every fifth: B − A = −0.2, and pairing leaves only that.
        var units = Enumerable.Range(0, 100).Select(i => (A: true, B: i % 5 != 0)).ToList();

        var difference = Bootstrap.PairedDifferences(units, [Share])[0]!;

        Assert.True(difference.Below(0), difference.ToString());
        Assert.InRange(difference.Low, -0.30, -0.15);
        Assert.InRange(difference.High, -0.15, -0.10);
    }

    [Fact]
    public void Intervals_NoUnits_HasNoInterval()
    {
        Assert.Null(Bootstrap.Intervals(Array.Empty<bool>(), [Share])[0]);
    }
}
