using LeadQual.Engines.Offline.Resumes;

namespace LeadQual.Core.Tests.Engines.Offline.Resumes;

public sealed class ExperienceCalculatorTests
{
    private static DateRange Range(int sy, int sm, int ey, int em) => new(new MonthDate(sy, sm), new MonthDate(ey, em), false, "");

    [Fact]
    public void Years_OverlappingRoles_CountOnce()
    {
        var years = ExperienceCalculator.Years([Range(2018, 1, 2021, 12), Range(2020, 1, 2022, 12)]);

        Assert.Equal(5.0, years);
    }

    [Fact]
    public void Years_MonthsCountInclusively()
    {
        Assert.Equal(2.0, ExperienceCalculator.Years([Range(2020, 1, 2021, 12)]));
    }

    [Fact]
    public void Years_GapBetweenRoles_IsNotCounted()
    {
        var years = ExperienceCalculator.Years([Range(2015, 1, 2016, 12), Range(2019, 1, 2020, 6)]);

        Assert.Equal(3.5, years);
    }
}
