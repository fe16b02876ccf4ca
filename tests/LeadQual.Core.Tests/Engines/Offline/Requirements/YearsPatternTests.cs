using LeadQual.Engines.Offline.Requirements;

namespace LeadQual.Core.Tests.Engines.Offline.Requirements;

public sealed class YearsPatternTests
{
    [Theory]
    [InlineData("5+ years of data analysis experience", 5, "data analysis")]
    [InlineData("At least three years of experience in B2B sales", 3, "B2B sales")]
    [InlineData("2-4 years of professional experience", 2, "")]
    [InlineData("5+ years of Python", 5, "Python")]
    [InlineData("3 years in retail management", 3, "retail management")]
    [InlineData("Minimum of 7 years' nursing experience", 7, "nursing")]
    [InlineData("5+ years of experience", 5, "")]
    [InlineData("You have at least a year of experience as a medical assistant", 1, "medical assistant")]
    [InlineData("You have at least four years of full-cycle recruiting experience, ideally filling engineering roles", 4, "full-cycle recruiting")]
    [InlineData("5+ years of experience building backend services", 5, "building backend services")]
    public void Find_CommonWordings_GiveMinimumAndDomain(string text, double years, string domain)
    {
        var mention = YearsPattern.Find(text);

        Assert.NotNull(mention);
        Assert.Equal(years, mention.Years);
        Assert.Equal(domain, mention.Domain);
    }

    [Fact]
    public void Find_NoYears_IsNull()
    {
        Assert.Null(YearsPattern.Find("Experience with Kubernetes"));
    }
}
