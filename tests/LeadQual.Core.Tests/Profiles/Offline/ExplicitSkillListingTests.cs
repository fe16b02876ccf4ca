using LeadQual.Core.Tests.Support;
using LeadQual.Documents;
using LeadQual.Profiles.Offline;

namespace LeadQual.Core.Tests.Profiles.Offline;

public sealed class ExplicitSkillListingTests
{
    [Fact]
    public void Profile_SkillsListItemTheTaxonomyLacks_IsStillAnExplicitSkill()
    {
        const string resume = """
            Priya Natarajan
            priya@example.com

            EXPERIENCE
            Frontend Engineer, Lumen Labs
            2021 - Present
            - Built the component library used by four product teams

            SKILLS
            Frameworks: React, Storybook, Zustandly
            """;

        var profile = new OfflineProfileEngine(clock: TestClock.November2026()).Profile(new Resume("R1", resume));

        var listed = Assert.Single(profile.ExplicitSkills, s => s.Skill == "Zustandly");
        Assert.Equal(10, listed.Evidence[0].LineStart);
        Assert.DoesNotContain(profile.ExplicitSkills, s => s.Skill.StartsWith("Frameworks", StringComparison.Ordinal));
    }

    [Fact]
    public void Profile_LeadingAStatedTeamInPresentTense_InfersPeopleManagement()
    {
        const string resume = """
            Sam Okafor
            sam@example.com

            EXPERIENCE
            Staff Data Engineer, Lumen Labs
            2020 - Present
            - Hired and lead a team of three data engineers; run the weekly design review

            SKILLS
            Python, SQL, Airflow
            """;

        var profile = new OfflineProfileEngine(clock: TestClock.November2026()).Profile(new Resume("R1", resume));

        Assert.Contains(profile.InferredSkills, s => s.Skill == "People management");
        Assert.Equal(3, profile.MaxTeamSizeLed);
    }
}
