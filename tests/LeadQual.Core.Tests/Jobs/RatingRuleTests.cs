using LeadQual.Jobs;

namespace LeadQual.Core.Tests.Jobs;

public sealed class RatingRuleTests
{
    private const RequirementClassification Required = RequirementClassification.RequiredQualification;
    private const RequirementClassification Additional = RequirementClassification.AdditionalQualification;

    [Theory]
    [InlineData(5, 5, JobRating.High)]
    [InlineData(4, 5, JobRating.Medium)] // exactly 0.8 is not above 0.8
    [InlineData(1, 2, JobRating.Medium)] // exactly 0.5 is medium
    [InlineData(2, 5, JobRating.Low)]
    public void Rate_ShareOfRequiredMatched_FollowsTheSeedThresholds(int matched, int total, JobRating expected)
    {
        var decisions = Enumerable.Range(0, total).Select(i => (Required, (string?)null, i < matched));

        Assert.Equal(expected, RatingRule.Rate(decisions).Rating);
    }

    [Fact]
    public void Rate_AnyOfGroup_CountsOnceAndIsMetByAnyMember()
    {
        var decisions = new[]
        {
            (Required, (string?)"cloud", false),
            (Required, (string?)"cloud", true),
            (Required, (string?)null, true),
        };

        var outcome = RatingRule.Rate(decisions);

        Assert.Equal(2, outcome.Counted);
        Assert.Equal(2, outcome.Matched);
        Assert.Equal(JobRating.High, outcome.Rating);
    }

    [Fact]
    public void Rate_NoRequiredQualifications_RatesByAdditionalOnes()
    {
        var decisions = new[] { (Additional, (string?)null, true), (Additional, (string?)null, false) };

        Assert.Equal(JobRating.Medium, RatingRule.Rate(decisions).Rating);
    }

    [Fact]
    public void Rate_AdditionalQualifications_DoNotCountWhenRequiredOnesExist()
    {
        var decisions = new[] { (Required, (string?)null, true), (Additional, (string?)null, false), (Additional, (string?)null, false) };

        Assert.Equal(1.0, RatingRule.Rate(decisions).MatchPercentage);
    }
}
