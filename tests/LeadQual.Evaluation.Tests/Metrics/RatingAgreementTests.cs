using LeadQual.Evaluation.Metrics;
using LeadQual.Jobs;

namespace LeadQual.Evaluation.Tests.Metrics;

public sealed class RatingAgreementTests
{
    [Fact]
    public void Of_HandComputedCase_GivesExactAndWithinOne()
    {
        var ratings = new[] { (JobRating.High, JobRating.High), (JobRating.High, JobRating.Medium), (JobRating.High, JobRating.Low), (JobRating.Low, JobRating.Low) };

        var agreement = RatingAgreement.Of(ratings);

        Assert.Equal(0.5, agreement.Exact);
        Assert.Equal(0.75, agreement.WithinOne);
        Assert.Equal(1, agreement.Confusion[(JobRating.High, JobRating.Low)]);
    }
}
