namespace LeadQual.Profiles;

/// <summary>
/// Leadership as stated: the largest team led (0 when none is stated), direct reports and budget or scope
/// where the resume says so, with the snippets that say it.
/// </summary>
public sealed record LeadershipScope(
    int MaxTeamSizeLed,
    int? DirectReports,
    string? Budget,
    string? Scope,
    IReadOnlyList<SkillEvidence> Evidence)
{
    public static LeadershipScope None { get; } = new(0, null, null, null, []);
}
