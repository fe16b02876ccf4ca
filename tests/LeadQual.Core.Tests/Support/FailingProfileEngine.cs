using LeadQual.Documents;
using LeadQual.Engines;
using LeadQual.Profiles;

namespace LeadQual.Core.Tests.Support;

/// <summary>A profile engine whose provider is down.</summary>
public sealed class FailingProfileEngine : IProfileEngine
{
    public EngineIdentity Identity { get; } = new("llm", "down-model");

    public Task<StepOutcome<CandidateProfile>> ProfileAsync(Resume resume, CancellationToken cancellationToken = default) =>
        throw new HttpRequestException("provider returned 503");
}
