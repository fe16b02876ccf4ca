using LeadQual.Engines.Offline.Resumes;

namespace LeadQual.Core.Tests.Engines.Offline.Resumes;

public sealed class DateRangeParserTests
{
    private static readonly MonthDate Today = new(2026, 11);

    [Theory]
    [InlineData("Jan 2019 – Present", 2019, 1, 2026, 11)]
    [InlineData("Senior Analyst | March 2020 - June 2023", 2020, 3, 2023, 6)]
    [InlineData("03/2020 to 06/2023", 2020, 3, 2023, 6)]
    [InlineData("2016-2019", 2016, 1, 2019, 1)]
    [InlineData("2021.04 - 2023.01", 2021, 4, 2023, 1)]
    [InlineData("Sept. 2015 — Aug. 2017", 2015, 9, 2017, 8)]
    public void Find_CommonFormats_ParsesStartAndEnd(string line, int sy, int sm, int ey, int em)
    {
        var range = DateRangeParser.Find(line, Today);

        Assert.NotNull(range);
        Assert.Equal(new MonthDate(sy, sm), range.Start);
        Assert.Equal(new MonthDate(ey, em), range.End);
    }

    [Fact]
    public void Find_Present_IsToday()
    {
        var range = DateRangeParser.Find("May 2024 - Current", Today)!;

        Assert.True(range.IsCurrent);
        Assert.Equal(Today, range.End);
    }

    [Fact]
    public void Find_LineWithoutDates_IsNull()
    {
        Assert.Null(DateRangeParser.Find("Managed a team of 12 across 3 sites", Today));
    }
}
