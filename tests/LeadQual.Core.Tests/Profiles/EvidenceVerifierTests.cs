using LeadQual.Core.Tests.Support;
using LeadQual.Profiles;

namespace LeadQual.Core.Tests.Profiles;

public sealed class EvidenceVerifierTests
{
    private static SkillAssessment Skill(string name, double confidence, params SkillEvidence[] evidence) => new(name, SkillCategory.Technical, confidence, evidence);

    private static SkillEvidence Quote(string snippet, int line) => new(snippet, EvidenceSection.Experience, line, line, EvidenceType.ProjectContext);

    private static CandidateProfile ProfileWith(IReadOnlyList<SkillAssessment> explicitSkills, IReadOnlyList<SkillAssessment> inferred) => new(
        "R1", explicitSkills, inferred, CareerTrajectory.Empty, LeadershipScope.None, 0.9, [], 0.8, "master",
        new ProcessingMetadata(DateTimeOffset.UnixEpoch, "test", "llm", "some-model", "v1"));

    [Fact]
    public void Verify_ParaphrasedSnippet_IsDroppedAndCounted()
    {
        var profile = ProfileWith([], [
            Skill("Data pipelines", 0.8, Quote("Built ETL jobs moving 2 TB/day from Kafka into Snowflake", 11), Quote("Designed large-scale ETL architecture", 11)),
        ]);

        var check = EvidenceVerifier.Verify(profile, ResumeSamples.Rich);

        var skill = Assert.Single(check.Profile.InferredSkills);
        Assert.Single(skill.Evidence);
        Assert.Equal(2, check.Checked);
        Assert.Equal(1, check.Unsupported);
        Assert.Equal(1, check.Profile.ProcessingMetadata.UnsupportedEvidenceCount);
        Assert.Equal(2, check.Profile.ProcessingMetadata.EvidenceChecked);
    }

    [Fact]
    public void Verify_SkillWithOnlyInventedEvidence_IsDropped()
    {
        var profile = ProfileWith([Skill("Rust", 1.0, Quote("Wrote the matching engine in Rust", 12))], []);

        var check = EvidenceVerifier.Verify(profile, ResumeSamples.Rich);

        Assert.Empty(check.Profile.ExplicitSkills);
        Assert.Equal(1, check.SkillsDropped);
    }

    [Fact]
    public void Verify_SnippetCitingTheWrongLine_KeepsTheQuoteWithTheRightLine()
    {
        var profile = ProfileWith([], [Skill("Mentoring", 0.8, Quote("Mentored two junior engineers", 3))]);

        var check = EvidenceVerifier.Verify(profile, ResumeSamples.Rich);

        var evidence = Assert.Single(Assert.Single(check.Profile.InferredSkills).Evidence);
        Assert.Equal("Mentored two junior engineers", ResumeSamples.Rich.Split('\n')[evidence.LineStart - 1].Trim().TrimStart('-', ' '));
        Assert.Equal(0, check.Unsupported);
    }

    [Fact]
    public void Verify_SnippetAcrossTwoLinesWithDifferentSpacing_IsVerbatim()
    {
        var profile = ProfileWith([], [new SkillAssessment("Leadership", SkillCategory.Soft, 0.7, [new SkillEvidence("Lead Data Engineer, Northwind Payments  Mar 2022 - Present", EvidenceSection.Experience, 8, 9, EvidenceType.RoleResponsibility)])]);

        var check = EvidenceVerifier.Verify(profile, ResumeSamples.Rich);

        var evidence = Assert.Single(Assert.Single(check.Profile.InferredSkills).Evidence);
        Assert.Equal((8, 9), (evidence.LineStart, evidence.LineEnd));
    }

    [Fact]
    public void Verify_ExplicitConfidenceIsOneAndInferredIsClamped()
    {
        var profile = ProfileWith([Skill("Python", 0.7, Quote("Python, SQL", 33))], [Skill("SQL", 1.4, Quote("Wrote SQL against PostgreSQL", 23))]);

        var check = EvidenceVerifier.Verify(profile, ResumeSamples.Rich);

        Assert.Equal(1.0, Assert.Single(check.Profile.ExplicitSkills).Confidence);
        Assert.Equal(1.0, Assert.Single(check.Profile.InferredSkills).Confidence);
    }

    [Fact]
    public void Verify_DifferentCase_IsNotVerbatim()
    {
        var profile = ProfileWith([], [Skill("Mentoring", 0.8, Quote("MENTORED TWO JUNIOR ENGINEERS", 19))]);

        Assert.Equal(1, EvidenceVerifier.Verify(profile, ResumeSamples.Rich).Unsupported);
    }
}
