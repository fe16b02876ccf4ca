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
}
