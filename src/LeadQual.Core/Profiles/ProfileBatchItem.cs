namespace LeadQual.Profiles;

/// <summary>How one resume file of a batch ended: profiled, or quarantined with a reason and a one-line detail.</summary>
public sealed record ProfileBatchItem(string Path, string ResumeId, CandidateProfile? Profile, string? QuarantineReason, string? Detail)
{
    public bool Quarantined => Profile is null;
}
