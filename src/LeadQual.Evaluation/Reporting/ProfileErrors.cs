using LeadQual.Evaluation.Running;

namespace LeadQual.Evaluation.Reporting;

/// <summary>
/// The profile skills worth reading first: predicted skills the gold does not list, per kind and most
/// confident first (explicit skills all carry 1.0, so without the split they would hide every inferred
/// error), then the gold skills the profile missed, the skills missed on most resumes first.
/// All rows are in profile_skills.csv.
/// </summary>
internal static class ProfileErrors
{
    public const int PerKind = 10;

    public static IReadOnlyList<ProfileSkillRow> NotInGold(IEnumerable<ProfileSkillRow> rows, string kind) =>
        rows.Where(r => r.Predicted && !r.InGold && r.Kind == kind)
            .OrderByDescending(r => r.Confidence ?? 0)
            .ThenBy(r => r.ResumeId, StringComparer.Ordinal)
            .ThenBy(r => r.Skill, StringComparer.Ordinal)
            .ToList();

    /// <summary>Gold skills the profile missed, one entry per kind and skill with the resumes that missed it.</summary>
    public static IReadOnlyList<MissedSkill> Missed(IEnumerable<ProfileSkillRow> rows) =>
        rows.Where(r => !r.Predicted && r.InGold)
            .GroupBy(r => (r.Kind, Skill: r.Skill.ToUpperInvariant()))
            .Select(g => new MissedSkill(g.Key.Kind, g.First().Skill, g.Select(r => r.ResumeId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))
            .OrderByDescending(m => m.ResumeIds.Count)
            .ThenBy(m => m.Kind, StringComparer.Ordinal)
            .ThenBy(m => m.Skill, StringComparer.OrdinalIgnoreCase)
            .ToList();

    /// <summary>The gold lists the skill for this resume under the other kind (an explicit prediction the gold calls inferred, or the reverse).</summary>
    public static bool InGoldAsOtherKind(ProfileSkillRow predicted, IEnumerable<ProfileSkillRow> rows) =>
        rows.Any(r => !r.Predicted && r.InGold && r.Kind != predicted.Kind && r.ResumeId == predicted.ResumeId && string.Equals(r.Skill, predicted.Skill, StringComparison.OrdinalIgnoreCase));
}
