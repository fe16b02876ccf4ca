using LeadQual.Core.Tests.Support;
using LeadQual.Documents;
using LeadQual.Profiles;
using LeadQual.Profiles.Offline;

namespace LeadQual.Core.Tests.Profiles.Offline;

public sealed class SkillInferenceTests
{
    private static CandidateProfile Profile(string resume) =>
        new OfflineProfileEngine(clock: TestClock.November2026()).Profile(new Resume("R1", resume));

    [Fact]
    public void Profile_LeadingAPodWithoutManagingIt_InfersTeamLeadershipNotPeopleManagement()
    {
        var profile = Profile("""
            Jordan Ellis
            jordan@example.com

            EXPERIENCE
            Senior Site Reliability Engineer, Northwind Cloud
            2021 - Present
            - Lead the three-person reliability pod within the platform team.
            """);

        var leadership = Assert.Single(profile.InferredSkills, s => s.Skill == "Team leadership");
        Assert.True(leadership.IsLikely);
        Assert.DoesNotContain(profile.InferredSkills, s => s.Skill == "People management");
    }

    [Fact]
    public void Profile_ManagingAndLeadingPeople_InfersPeopleManagementOnly()
    {
        var profile = Profile("""
            Dana Whitfield
            dana@example.com

            EXPERIENCE
            Operations Manager, Keystone Distribution
            2019 - Present
            - Run two distribution centers with 320 associates; 9 direct reports.
            - Lead a crew of 6 on the weekend shift during peak.
            """);

        Assert.Contains(profile.InferredSkills, s => s.Skill == "People management" && s.IsLikely);
        Assert.DoesNotContain(profile.InferredSkills, s => s.Skill == "Team leadership");
    }

    [Fact]
    public void Profile_SkillOnlySuggestedByOneTask_IsInferredButNotStatedAsLikely()
    {
        var profile = Profile("""
            Ana Ruiz
            ana@example.com

            EXPERIENCE
            Frontend Engineer, Lumen Labs
            2021 - Present
            - Mentor two junior engineers.
            - Build the merchant dashboards in React.
            """);

        Assert.Contains(profile.InferredSkills, s => s.Skill == "Mentoring" && s.IsLikely);
        var visualization = Assert.Single(profile.InferredSkills, s => s.Skill == "Data visualization");
        Assert.False(visualization.IsLikely);
    }

    [Fact]
    public void Profile_AchievementsSection_IsDescribedWorkAndSummaryOfQualificationsIsNotEducation()
    {
        var profile = Profile("""
            # Kwame Mensah

            Senior Data Engineer — Chicago, IL — kwame@example.com

            ## Summary of qualifications

            - Designs and runs batch and streaming data pipelines.

            ## Selected achievements

            - **Team:** Hired and lead a team of three data engineers; run our weekly design review.

            ## Employment history

            **Senior Data Engineer**, Ironbridge Logistics, Chicago, IL — January 2021 to present
            """);

        var management = Assert.Single(profile.InferredSkills, s => s.Skill == "People management");
        Assert.Equal(EvidenceSection.Projects, management.Evidence[0].Section);
        Assert.Equal("none", profile.HighestDegree);
    }

    [Theory]
    [InlineData("Partnered with the design team on the checkout redesign.", "Cross-functional collaboration")]
    [InlineData("4.9-star average across 600+ customer reviews.", "Customer service")]
    [InlineData("Reduced falls on the unit by 30% with hourly rounding.", "Quality improvement")]
    [InlineData("Cut Snowflake spend by 31% with warehouse right-sizing.", "Cost reduction")]
    [InlineData("Prepared PBC schedules for the year-end audit.", "Audit preparation")]
    public void Profile_DescribedWork_InfersTheSkillItShowsWithTheLineAsEvidence(string bullet, string skill)
    {
        var profile = Profile($"""
            Sam Lee
            sam@example.com

            EXPERIENCE
            Specialist, Harbor Group
            2021 - Present
            - {bullet}
            """);

        var inferred = Assert.Single(profile.InferredSkills, s => s.Skill == skill);
        Assert.Equal(7, inferred.Evidence[0].LineStart);
        Assert.False(inferred.IsLikely);
    }
}
