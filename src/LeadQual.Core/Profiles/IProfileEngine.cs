using LeadQual.Documents;
using LeadQual.Engines;

namespace LeadQual.Profiles;

/// <summary>
/// Makes a candidate profile from a resume: the offline rules now, an LLM later. The answer's evidence is
/// verified by <see cref="ProfilePipeline"/>, not trusted; the calls are what the engine spent on it.
/// </summary>
public interface IProfileEngine
{
    EngineIdentity Identity { get; }

    Task<StepOutcome<CandidateProfile>> ProfileAsync(Resume resume, CancellationToken cancellationToken = default);
}
