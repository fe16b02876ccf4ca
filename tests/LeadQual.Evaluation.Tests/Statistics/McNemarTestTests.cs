using LeadQual.Evaluation.Statistics;

namespace LeadQual.Evaluation.Tests.Statistics;

public sealed class McNemarTestTests
{
    [Fact]
    public void Of_HandComputedTable_GivesTheExactTwoSidedPValue()
    {
        // Both right 50, only A right 8, only B right 2, both wrong 10. Discordant n = 10, k = 2:
        // P(X ≤ 2) = (1 + 10 + 45) / 1024 = 56/1024; two-sided p = 112/1024 = 0.109375.
        var pairs = Enumerable.Repeat((true, true), 50)
            .Concat(Enumerable.Repeat((true, false), 8))
            .Concat(Enumerable.Repeat((false, true), 2))
            .Concat(Enumerable.Repeat((false, false), 10));

        var test = McNemarTest.Of(pairs);

        Assert.Equal((50, 8, 2, 10), (test.Both, test.OnlyA, test.OnlyB, test.Neither));
        Assert.Equal(112.0 / 1024, test.PValue, 12);
    }

    [Fact]
    public void ExactPValue_NoDiscordantDecisions_IsOne()
    {
        Assert.Equal(1.0, McNemarTest.ExactPValue(0, 0));
    }

    [Fact]
    public void ExactPValue_BalancedDiscordance_IsCappedAtOne()
    {
        Assert.Equal(1.0, McNemarTest.ExactPValue(5, 5));
    }

    [Fact]
    public void ExactPValue_TwelveToZero_IsTwoOver4096()
    {
        Assert.Equal(2.0 / 4096, McNemarTest.ExactPValue(12, 0), 12);
    }

    [Fact]
    public void ExactPValue_ThousandsOfDecisions_DoesNotUnderflow()
    {
        var p = McNemarTest.ExactPValue(1100, 1000);

        Assert.InRange(p, 0.01, 0.05);
    }
}
