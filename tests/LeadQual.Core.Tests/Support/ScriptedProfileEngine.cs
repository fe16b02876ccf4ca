using LeadQual.Documents;
using LeadQual.Engines;
using LeadQual.Profiles;

namespace LeadQual.Core.Tests.Support;

/// <summary>A profile engine that answers as an LLM might: the given inferred skills, two attempts with tokens and cost.</summary>
public sealed class ScriptedProfileEngine(params SkillAssessment[] inferred) : IProfileEngine
{
    public EngineIdentity Identity { get; } = new("llm", "scripted-model");

    public Task<StepOutcome<CandidateProfile>> ProfileAsync(Resume resume, CancellationToken cancellationToken = default)
    {
        var profile = new CandidateProfile(resume.ResumeId, [], inferred, CareerTrajectory.Empty, LeadershipScope.None, 0.8, [], 0.7, "none",
            new ProcessingMetadata(DateTimeOffset.UnixEpoch, "test", Identity.Engine, Identity.Model, "profile/v1"));
        var at = DateTimeOffset.UnixEpoch;
        StepCall[] calls =
        [
            new("profile", Identity.Model, "profile/v1", resume.Text, null, at, at) { InputTokens = 600, Error = "timeout", CostUsd = 0.0006m },
            new("profile", Identity.Model, "profile/v1", resume.Text, "{}", at, at) { InputTokens = 600, OutputTokens = 300, CostUsd = 0.0015m, Attempt = 2 },
        ];
        return Task.FromResult(new StepOutcome<CandidateProfile>(profile, calls));
    }
}
