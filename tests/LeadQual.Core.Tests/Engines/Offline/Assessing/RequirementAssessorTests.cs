using LeadQual.Core.Tests.Support;
using LeadQual.Engines.Offline.Assessing;
using LeadQual.Engines.Offline.Resumes;
using LeadQual.Jobs;
using LeadQual.Taxonomy;

namespace LeadQual.Core.Tests.Engines.Offline.Assessing;

public sealed class RequirementAssessorTests
{
    private static AssessedRequirement Assess(string requirement, string resume = Samples.BackendResume)
    {
        var facts = new ResumeAnalyzer(TaxonomyLoader.Default, TestClock.November2026()).Analyze(resume);
        return new RequirementAssessor(TaxonomyLoader.Default).Assess(requirement, facts);
    }

    [Fact]
    public void Assess_AliasInADatedRole_MatchesWithEvidenceQuotedVerbatim()
    {
        var decision = Assess("Kubernetes");

        Assert.True(decision.Match);
        var evidence = Assert.Single(decision.Evidence);
        Assert.Equal(10, evidence.Line);
        Assert.Equal(Samples.BackendResume.Split('\n')[9], evidence.Text);
        Assert.True(decision.Confidence >= 0.9);
    }

    [Fact]
    public void Assess_MissingSkill_DoesNotMatch()
    {
        var decision = Assess("Experience with Kafka");

        Assert.False(decision.Match);
        Assert.Empty(decision.Evidence);
    }

    [Fact]
    public void Assess_HigherDegree_MeetsLowerRequirement()
    {
        var resume = "EDUCATION\nM.S. Applied Statistics, University of Colorado, 2018\n";

        Assert.True(Assess("Bachelor's degree", resume).Match);
        Assert.False(Assess("PhD", resume).Match);
    }

    [Fact]
    public void Assess_RelatedField_CountsOnlyWhenThePostingAllowsIt()
    {
        Assert.True(Assess("Degree in Computer Science or a related field").Match);
        Assert.False(Assess("Degree in Nursing").Match);
    }

    [Fact]
    public void Assess_YearsFromDateRanges_ComparedWithTheThreshold()
    {
        Assert.True(Assess("5+ years of experience").Match);
        Assert.False(Assess("12+ years of experience").Match);
    }

    [Fact]
    public void Assess_CategoryWithSimilarClause_IsMetByAnotherMember()
    {
        var resume = "EXPERIENCE\nData Engineer, Acme\n2019 - 2024\n- Tuned MySQL queries for reporting\n";

        Assert.True(Assess("Experience with a relational database such as PostgreSQL or similar", resume).Match);
    }

    [Fact]
    public void Assess_CompoundRequirement_NeedsEveryPart()
    {
        Assert.True(Assess("Python and AWS").Match);
        Assert.False(Assess("Python and Kafka").Match);
    }

    [Fact]
    public void Assess_Alternatives_AreMetByAnyOne()
    {
        Assert.True(Assess("Kafka or Terraform").Match);
    }

    [Fact]
    public void Assess_ExamplesInParentheses_DoNotBecomeMoreRequirements()
    {
        var resume = "EXPERIENCE\nFinancial Analyst, Acme\n2019 - 2024\n- Built the monthly forecast model in Excel\n";

        Assert.True(Assess("Advanced Microsoft Excel (pivot tables, XLOOKUP, Power Query)", resume).Match);
    }

    [Fact]
    public void Assess_ToolWithItsPurpose_NeedsTheTool()
    {
        var resume = "EXPERIENCE\nFrontend Engineer, Acme\n2019 - 2024\n- Wrote unit tests in Jest for the checkout flow\n";

        Assert.True(Assess("Automated testing with Jest", resume).Match);
        Assert.False(Assess("Automated testing with Cypress", resume).Match);
    }

    [Fact]
    public void Assess_MonthsOfExperience_CountLikeYears()
    {
        var resume = "EXPERIENCE\nWarehouse Associate, QuickShip\nJan 2024 - Dec 2024\n- Picked and packed orders\n";

        Assert.True(Assess("6+ months of experience in a warehouse", resume).Match);
    }

    [Fact]
    public void Assess_YearsInADomain_CountRolesWhoseTitleNamesIt()
    {
        var resume = "EXPERIENCE\nSenior Front-End Engineer, Acme\n2018 - 2024\n- Built the design system\nBarista, Cafe\n2015 - 2018\n";

        Assert.True(Assess("3+ years of frontend development experience", resume).Match);
        Assert.False(Assess("8+ years of frontend development experience", resume).Match);
    }
}
