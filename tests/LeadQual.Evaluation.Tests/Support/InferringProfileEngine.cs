using LeadQual.Documents;
using LeadQual.Engines;
using LeadQual.Profiles;

namespace LeadQual.Evaluation.Tests.Support;

/// <summary>A profile engine that names no skills and infers the given ones, each quoting the resume's first line.</summary>
public sealed class InferringProfileEngine(params (string Skill, double Confidence)[] inferred) : IProfileEngine
{
    public EngineIdentity Identity { get; } = new("llm", "scripted-model");

    public Task<StepOutcome<CandidateProfile>> ProfileAsync(Resume resume, CancellationToken cancellationToken = default)
    {
        var firstLine = resume.Text.Split('\n')[0];
        var skills = inferred
            .Select(i => new SkillAssessment(i.Skill, SkillCategory.Technical, i.Confidence, [new SkillEvidence(firstLine, EvidenceSection.Summary, 1, 1, EvidenceType.ProjectContext)]))
            .ToList();
        var profile = new CandidateProfile(resume.ResumeId, [], skills, CareerTrajectory.Empty, LeadershipScope.None, 0.8, [], 0.7, "none",
            new ProcessingMetadata(DateTimeOffset.UnixEpoch, "test", Identity.Engine, Identity.Model, "profile/v1"));
        return Task.FromResult(new StepOutcome<CandidateProfile>(profile, []));
    }
}
