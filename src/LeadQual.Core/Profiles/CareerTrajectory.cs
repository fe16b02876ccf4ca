namespace LeadQual.Profiles;

/// <summary>
/// Roles oldest first, promotions, average tenure per role and total years of experience (overlapping
/// roles counted once); null averages when the resume has no dated role.
/// </summary>
public sealed record CareerTrajectory(
    IReadOnlyList<CareerRole> Roles,
    IReadOnlyList<Promotion> Promotions,
    double? AverageTenureMonths,
    double TotalYearsExperience,
    SeniorityLevel? CurrentSeniority)
{
    public static CareerTrajectory Empty { get; } = new([], [], null, 0, null);
}
