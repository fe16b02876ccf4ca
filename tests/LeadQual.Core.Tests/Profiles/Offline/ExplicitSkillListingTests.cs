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
}
