using LeadQual.Core.Tests.Support;
using LeadQual.Engines.Offline.Requirements;
using LeadQual.Engines.Offline.Resumes;
using LeadQual.Taxonomy;

namespace LeadQual.Core.Tests.Engines.Offline.Resumes;

public sealed class ResumeAnalyzerTests
{
    private static ResumeFacts Analyze(string text) => new ResumeAnalyzer(TaxonomyLoader.Default, TestClock.November2026()).Analyze(text);

    [Fact]
    public void Analyze_DatedRoles_GiveTotalYearsUpToToday()
    {
        var facts = Analyze(Samples.BackendResume);

        Assert.Equal(2, facts.Roles.Count);
        Assert.Equal(9.5, facts.TotalYears); // 06/2017 – 12/2020 (43 months) and Jan 2021 – Nov 2026 (71 months), both ends counted
    }

    [Fact]
    public void Analyze_BoldHeadings_StartTheirSections()
    {
        var facts = Analyze("""
            **DJ Holloway**
            Sales Professional | Columbus, OH

            **Experience**

            Account Manager – Tri-County Copier & Print
            - Prospected, demoed, negotiated and closed my own deals

            **Skills**
            Salesforce, cold calling, negotiation
            """);

        Assert.Equal(ResumeSection.Header, facts.Line(1).Section);
        Assert.Equal(ResumeSection.Experience, facts.Line(7).Section);
        Assert.Equal(ResumeSection.Skills, facts.Line(10).Section);
        Assert.Contains(facts.Skills, m => m.Skill.Name == "Salesforce" && m.Section == ResumeSection.Skills);
    }

    [Theory]
    [InlineData("*Education*")]
    [InlineData("_Education:_")]
    [InlineData("Education:")]
    public void Analyze_EmphasisedOrColonHeading_StartsItsSection(string heading)
    {
        var facts = Analyze($"""
            Dana Kim
            dana@example.com

            {heading}
            B.S. Accounting, Ohio State University, 2016
            """);

        Assert.Equal(ResumeSection.Education, facts.Line(5).Section);
    }

    [Fact]
    public void Analyze_Degree_HasLevelAndField()
    {
        var degree = Assert.Single(Analyze(Samples.BackendResume).Degrees);

        Assert.Equal(DegreeLevel.Bachelor, degree.Level);
    }

    [Fact]
    public void Analyze_AliasesResolveToCanonicalSkills()
    {
        var facts = Analyze(Samples.BackendResume);

        Assert.Contains(facts.Skills, m => m.Skill.Name == "Kubernetes" && m.MatchedText == "k8s" && m.RoleIndex is not null);
        Assert.Contains(facts.Skills, m => m.Skill.Name == "PostgreSQL" && m.MatchedText == "Postgres");
    }

    [Fact]
    public void Analyze_TeamLed_IsFound()
    {
        Assert.Contains(Analyze(Samples.BackendResume).Teams, t => t.Size == 4);
    }
}
