using LeadQual.Core.Tests.Support;
using LeadQual.Documents;
using LeadQual.Profiles;
using LeadQual.Profiles.Offline;

namespace LeadQual.Core.Tests.Profiles.Offline;

public sealed class ExplicitSkillListingTests
{
    private static CandidateProfile Profile(string resume) =>
        new OfflineProfileEngine(clock: TestClock.November2026()).Profile(new Resume("R1", resume));

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

        var profile = Profile(resume);

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

        var profile = Profile(resume);

        Assert.Contains(profile.InferredSkills, s => s.Skill == "People management");
        Assert.Equal(3, profile.MaxTeamSizeLed);
    }

    [Fact]
    public void Profile_ParentheticalListAndJoinedItems_AreSeparateSkills()
    {
        const string resume = """
            Luis Ortega
            luis@example.com

            EXPERIENCE
            Electrical Apprentice, Brightline Electric
            2023 - Present
            - Rough-in and trim-out on tenant build-outs

            SKILLS
            Electrical: pulling wire (Zorvex cable, Quellon lugs) · Fieldmark probes and Tannery benders
            """;

        var profile = Profile(resume);
        var skills = profile.ExplicitSkills.Select(s => s.Skill).ToList();

        Assert.Contains("Zorvex cable", skills);
        Assert.Contains("Quellon lugs", skills);
        Assert.Contains("Fieldmark probes", skills);
        Assert.Contains("Tannery benders", skills);
        Assert.DoesNotContain(skills, s => s.Contains('(', StringComparison.Ordinal) || s.Contains(')', StringComparison.Ordinal));
    }

    [Fact]
    public void Profile_GarbledExtraction_ListsNoNamesOrPageFurnitureAsSkills()
    {
        const string resume = """
            MARCUS  WHITLOW
            E N G L I S H   L A N G U A G E   A R T S   T E A C H E R
            Longmont, CO   m.whitlow@example.com
            EXPERIENCE
            English Teacher, Longmont Ridge High School   08/2018 – Present
              Teach ﬁve sections of English 9 and AP Literature
            SKILLS
            Google Classroom Turnitin Microsoft Ofﬁce Diﬀerentiated instruction
            MARCUS WHITLOW  |  ENGLISH LANGUAGE ARTS TEACHER                       Page 1 of 2
            Colorado Professional Teacher              08/2015 – 05/2018
            MARCUS WHITLOW  |  ENGLISH LANGUAGE ARTS TEACHER                       Page 2 of 2
            """;

        var profile = Profile(resume);
        var skills = profile.ExplicitSkills.Select(s => s.Skill).ToList();

        Assert.Contains("Microsoft Office", skills);
        Assert.Contains("Differentiated instruction", skills);
        Assert.DoesNotContain(skills, s => s.Contains("WHITLOW", StringComparison.Ordinal) || s.Contains("Page", StringComparison.Ordinal));
        Assert.DoesNotContain("Accounts receivable", skills);
        Assert.DoesNotContain("R", skills);
    }

    [Fact]
    public void Profile_OneLetterNameAsCodeOrInitial_IsNotALanguage()
    {
        const string resume = """
            Maria Lopez
            maria@example.com

            EXPERIENCE
            Pharmacy Technician, Brookside Pharmacy
            2021 - Present
            - Count and document C-II controlled substances.

            PUBLICATIONS
            Lopez, M. and Hart, J. "Dispensing errors in community pharmacy." (2024)

            SKILLS
            PioneerRx, R, SQL
            """;

        var profile = Profile(resume);
        var skills = profile.ExplicitSkills.Select(s => s.Skill).ToList();

        Assert.DoesNotContain("C", skills);
        Assert.DoesNotContain("J", skills);
        Assert.Contains("R", skills);
    }

    [Fact]
    public void Profile_ProductNameInDescribedWork_IsExplicitButNamesAndProjectTitlesAreNot()
    {
        const string resume = """
            Marcus DeLuca
            marcus@example.com

            EXPERIENCE
            Security Analyst, Vigil SaaS Partners
            2021 - Present
            - Wrote Python (Boto3) automation that enriches indicators from VirusTotal for our SaaS clients.

            PROJECTS
            **StudyGrid** — a study planner web app in React.
            """;

        var profile = Profile(resume);
        var skills = profile.ExplicitSkills.Select(s => s.Skill).ToList();

        Assert.Contains("Boto3", skills);
        Assert.Contains("VirusTotal", skills);
        Assert.DoesNotContain("StudyGrid", skills);
        Assert.DoesNotContain("DeLuca", skills);
        Assert.DoesNotContain("SaaS", skills);
    }

    [Fact]
    public void Profile_SentenceClosingTheSkillsSection_IsNotASkill()
    {
        const string resume = """
            DJ Holloway
            dj@example.com

            EXPERIENCE
            Account Manager, Tri-County Copier, 2019 - Present
            - Closed my own deals

            SKILLS
            Salesforce, cold calling, Zorvex CRM
            References available on request.
            """;

        var profile = Profile(resume);
        var skills = profile.ExplicitSkills.Select(s => s.Skill).ToList();

        Assert.Contains("Zorvex CRM", skills);
        Assert.DoesNotContain(skills, s => s.StartsWith("References", StringComparison.Ordinal));
    }
}
