using LeadQual.Evaluation.Running;

namespace LeadQual.Evaluation.Reporting;

/// <summary>
/// The profile skills worth reading first: predicted skills the gold does not list (most confident
/// first), then gold skills the profile missed (by resume). All rows are in profile_skills.csv.
/// </summary>
internal static class ProfileErrors
{
    public const int PerKind = 10;

    public static IReadOnlyList<ProfileSkillRow> NotInGold(IEnumerable<ProfileSkillRow> rows) =>
        rows.Where(r => r.Predicted && !r.InGold)
            .OrderByDescending(r => r.Confidence ?? 0)
            .ThenBy(r => r.ResumeId, StringComparer.Ordinal)
            .ThenBy(r => r.Skill, StringComparer.Ordinal)
            .ToList();

    public static IReadOnlyList<ProfileSkillRow> Missed(IEnumerable<ProfileSkillRow> rows) =>
        rows.Where(r => !r.Predicted && r.InGold)
            .OrderBy(r => r.ResumeId, StringComparer.Ordinal)
            .ThenBy(r => r.Kind, StringComparer.Ordinal)
            .ThenBy(r => r.Skill, StringComparer.Ordinal)
            .ToList();
}
