using System.Globalization;
using LeadQual.Profiles.Offline;

namespace LeadQual.Profiles.Llm;

/// <summary>
/// Turns a model's <see cref="ProfileAnswer"/> into a <see cref="CandidateProfile"/> (months per role from its
/// dates, promotions as the offline engine finds them: a later role at the same employer with a higher level),
/// and a profile back into an answer (how the fake test server and the dry run size an answer).
/// </summary>
public static class ProfileAnswerMapper
{
    public static CandidateProfile ToProfile(string resumeId, ProfileAnswer answer, ProcessingMetadata metadata)
    {
        var roles = answer.CareerTrajectory
            .Select(r => new CareerRole(r.Title, Blank(r.Employer), r.Start, r.End, r.IsCurrent, Months(r.Start, r.End), r.Seniority, r.Line))
            .OrderBy(r => r.Start, StringComparer.Ordinal)
            .ToList();
        var promotions = new List<Promotion>();
        for (var i = 1; i < roles.Count; i++)
        {
            var later = roles[i];
            if (later.Employer is null)
            {
                continue;
            }

            var earlier = roles.Take(i).LastOrDefault(r => r.Employer is not null && TitleReader.EmployerKey(r.Employer) == TitleReader.EmployerKey(later.Employer));
            if (earlier is not null && later.Seniority > earlier.Seniority)
            {
                promotions.Add(new Promotion(later.Employer, earlier.Title, later.Title, earlier.Seniority, later.Seniority, later.Start));
            }
        }

        var current = roles.OrderByDescending(r => r.IsCurrent).ThenByDescending(r => r.End, StringComparer.Ordinal).FirstOrDefault();
        var trajectory = new CareerTrajectory(roles, promotions, roles.Count == 0 ? null : Math.Round(roles.Average(r => r.Months), 1), Math.Max(0, answer.TotalYearsExperience), current?.Seniority);
        var lead = answer.LeadershipScope;
        var leadership = new LeadershipScope(Math.Max(0, lead.MaxTeamSizeLed), lead.DirectReports > 0 ? lead.DirectReports : null, Blank(lead.Budget), Blank(lead.Scope), lead.Evidence);
        return new CandidateProfile(
            resumeId,
            answer.ExplicitSkills.Select(s => Skill(s, explicitSkill: true)).ToList(),
            answer.InferredSkills.Select(s => Skill(s, explicitSkill: false)).ToList(),
            trajectory,
            leadership,
            Math.Clamp(answer.AnalysisConfidence, 0, 1),
            answer.QualityFlags.Distinct(StringComparer.Ordinal).ToList(),
            Math.Clamp(answer.ContentRichness, 0, 1),
            answer.HighestDegree,
            metadata);
    }

    public static ProfileAnswer FromProfile(CandidateProfile profile) => new(
        profile.ExplicitSkills.Select(Answer).ToList(),
        profile.InferredSkills.Select(Answer).ToList(),
        profile.CareerTrajectory.Roles.Select(r => new ProfileRoleAnswer(r.Title, r.Employer ?? string.Empty, r.Start, r.End, r.IsCurrent, r.Seniority, r.Line)).ToList(),
        profile.TotalYearsExperience,
        new ProfileLeadershipAnswer(profile.LeadershipScope.MaxTeamSizeLed, profile.LeadershipScope.DirectReports ?? 0, profile.LeadershipScope.Budget ?? string.Empty,
            profile.LeadershipScope.Scope ?? string.Empty, profile.LeadershipScope.Evidence),
        profile.AnalysisConfidence,
        profile.QualityFlags,
        profile.ContentRichness,
        profile.HighestDegree);

    private static ProfileSkillAnswer Answer(SkillAssessment skill) => new(skill.Skill, skill.Category, skill.Confidence, skill.Reasoning ?? string.Empty, skill.Evidence);

    private static SkillAssessment Skill(ProfileSkillAnswer answer, bool explicitSkill) =>
        new(answer.Skill.Trim(), answer.Category, explicitSkill ? 1.0 : answer.Confidence, answer.Evidence) { Reasoning = explicitSkill ? null : Blank(answer.Reasoning) };

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>Months from "YYYY-MM" to "YYYY-MM", both months counted; 0 when a date cannot be read.</summary>
    private static int Months(string start, string end) =>
        DateOnly.TryParseExact(start + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var from)
        && DateOnly.TryParseExact(end + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var to)
        && to >= from
            ? ((to.Year - from.Year) * 12) + to.Month - from.Month + 1
            : 0;
}
