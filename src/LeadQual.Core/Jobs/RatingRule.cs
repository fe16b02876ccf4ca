namespace LeadQual.Jobs;

/// <summary>
/// The seed's rating: share of required qualifications matched &gt; 0.8 → high, ≥ 0.5 → medium, else low.
/// An any_of group counts as one requirement, met when any member is; a job with no required
/// qualification rates by its additional ones.
/// </summary>
public static class RatingRule
{
    public static RatingOutcome Rate(IEnumerable<(RequirementClassification Classification, string? AnyOf, bool Match)> decisions)
    {
        var list = decisions.Where(d => d.Classification != RequirementClassification.EvaluatedQualification).ToList();
        var basis = list.Any(d => d.Classification == RequirementClassification.RequiredQualification)
            ? RequirementClassification.RequiredQualification
            : RequirementClassification.AdditionalQualification;

        var units = new List<bool>();
        foreach (var group in list.Where(d => d.Classification == basis).GroupBy(d => d.AnyOf))
        {
            if (group.Key is null)
            {
                units.AddRange(group.Select(d => d.Match));
            }
            else
            {
                units.Add(group.Any(d => d.Match));
            }
        }

        if (units.Count == 0)
        {
            return new RatingOutcome(0, 0, 0, JobRating.Low);
        }

        var matched = units.Count(m => m);
        var share = (double)matched / units.Count;
        return new RatingOutcome(matched, units.Count, share, ForShare(share));
    }

    public static JobRating ForShare(double share) => share switch
    {
        > 0.8 => JobRating.High,
        >= 0.5 => JobRating.Medium,
        _ => JobRating.Low,
    };
}
