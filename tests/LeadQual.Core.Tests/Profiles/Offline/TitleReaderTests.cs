using LeadQual.Profiles;
using LeadQual.Profiles.Offline;

namespace LeadQual.Core.Tests.Profiles.Offline;

public sealed class TitleReaderTests
{
    [Theory]
    [InlineData("Software Engineering Intern", SeniorityLevel.Intern)]
    [InlineData("Junior Accountant", SeniorityLevel.Junior)]
    [InlineData("Staff Accountant", SeniorityLevel.Mid)]
    [InlineData("Sr. Financial Analyst", SeniorityLevel.Senior)]
    [InlineData("Staff Software Engineer", SeniorityLevel.Lead)]
    [InlineData("Charge Nurse", SeniorityLevel.Lead)]
    [InlineData("Senior Engineering Manager", SeniorityLevel.Manager)]
    [InlineData("Director of Marketing", SeniorityLevel.Director)]
    [InlineData("VP, Sales", SeniorityLevel.VicePresident)]
    [InlineData("Co-Founder & CTO", SeniorityLevel.Executive)]
    public void Seniority_TitleWords_GiveTheLevel(string title, SeniorityLevel expected)
    {
        Assert.Equal(expected, TitleReader.Seniority(title));
    }

    [Theory]
    [InlineData("Senior Software Engineer, Ledgerly", "Senior Software Engineer", "Ledgerly")]
    [InlineData("Ledgerly | Senior Software Engineer", "Senior Software Engineer", "Ledgerly")]
    [InlineData("Staff Nurse at Mercy Hospital", "Staff Nurse", "Mercy Hospital")]
    [InlineData("Electrician — Bright Spark Electric, Denver, CO", "Electrician", "Bright Spark Electric")]
    public void Split_Header_FindsTitleAndEmployer(string header, string title, string employer)
    {
        Assert.Equal(new RoleTitle(title, employer), TitleReader.Split(header));
    }
}
