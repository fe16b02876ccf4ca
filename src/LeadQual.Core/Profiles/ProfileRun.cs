using LeadQual.Documents;
using LeadQual.Engines;

namespace LeadQual.Profiles;

/// <summary>A verified profile, the resume it describes and the engine calls it took.</summary>
public sealed record ProfileRun(Resume Resume, CandidateProfile Profile, IReadOnlyList<StepCall> Calls);
