using LeadQual.Engines;

namespace LeadQual.Profiles;

/// <summary>
/// How one resume file of a batch ended: profiled, or quarantined with a reason and a one-line detail; and the engine
/// calls it took, failed attempts included (none for a file that could not be read).
/// </summary>
public sealed record ProfileBatchItem(string Path, string ResumeId, CandidateProfile? Profile, string? QuarantineReason, string? Detail)
{
    public IReadOnlyList<StepCall> Calls { get; init; } = [];

    public bool Quarantined => Profile is null;
}
