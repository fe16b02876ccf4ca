using LeadQual.Engines;

namespace LeadQual.Profiles;

/// <summary>Every file of a batch, in input order, each profiled or quarantined.</summary>
public sealed record ProfileBatchResult(IReadOnlyList<ProfileBatchItem> Items)
{
    public IEnumerable<CandidateProfile> Profiles => Items.Where(i => i.Profile is not null).Select(i => i.Profile!);

    public IEnumerable<ProfileBatchItem> Quarantined => Items.Where(i => i.Quarantined);

    /// <summary>Every engine call of the batch, quarantined resumes' included.</summary>
    public IReadOnlyList<StepCall> Calls => Items.SelectMany(i => i.Calls).ToList();
}
