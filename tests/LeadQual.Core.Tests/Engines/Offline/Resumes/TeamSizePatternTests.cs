using LeadQual.Engines.Offline.Resumes;

namespace LeadQual.Core.Tests.Engines.Offline.Resumes;

public sealed class TeamSizePatternTests
{
    [Theory]
    [InlineData("Managed a team of 6 engineers", 6)]
    [InlineData("Hired and lead a team of three data engineers", 3)]
    [InlineData("Lead the five-person incident response team", 5)]
    [InlineData("Lead a 45-person engineering organization across six teams", 45)]
    [InlineData("12 direct reports across two shifts", 12)]
    public void Find_StatedTeams_GiveTheirSize(string line, int size)
    {
        Assert.Equal(size, TeamSizePattern.Find(line));
    }

    [Fact]
    public void Find_TeamWithoutSize_IsNull()
    {
        Assert.Null(TeamSizePattern.Find("Worked closely with the platform team on releases"));
    }
}
