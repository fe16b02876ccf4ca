using LeadQual.Core.Tests.Support;
using LeadQual.Documents;
using LeadQual.Profiles;

namespace LeadQual.Core.Tests.Profiles;

public sealed class ProfilePipelineTests
{
    [Fact]
    public async Task ProfileAsync_EngineInventsEvidence_PipelineDropsItAndFillsCostFromCalls()
    {
        var engine = new ScriptedProfileEngine(new SkillAssessment("Data pipelines", SkillCategory.Technical, 0.8, [
            new SkillEvidence("Built ETL jobs moving 2 TB/day from Kafka into Snowflake", EvidenceSection.Experience, 12, 12, EvidenceType.ProjectContext),
            new SkillEvidence("Architected a petabyte lakehouse", EvidenceSection.Experience, 12, 12, EvidenceType.ProjectContext),
        ]));
        var pipeline = new ProfilePipeline(engine, TestClock.November2026());

        var run = await pipeline.ProfileAsync(new Resume("R1", ResumeSamples.Rich));

        var metadata = run.Profile.ProcessingMetadata;
        Assert.Equal(1, metadata.UnsupportedEvidenceCount);
        Assert.Equal(2, metadata.EvidenceChecked);
        Assert.Equal(1200, metadata.InputTokens);
        Assert.Equal(300, metadata.OutputTokens);
        Assert.Equal(0.0021m, metadata.CostUsd);
        Assert.Equal(1, metadata.Retries);
        Assert.Single(Assert.Single(run.Profile.InferredSkills).Evidence);
    }
}
