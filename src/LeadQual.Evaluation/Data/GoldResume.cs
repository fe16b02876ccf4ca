using LeadQual.Engines.Offline.Requirements;

namespace LeadQual.Evaluation.Data;

/// <summary>
/// <c>gold/resumes/&lt;RESUME_ID&gt;.json</c>: what a careful reader gets from one resume. The degree reuses the
/// offline engine's <see cref="DegreeLevel"/> (its snake_case names are the format's vocabulary) so the
/// runner compares like with like.
/// </summary>
public sealed record GoldResume(
    string ResumeId,
    IReadOnlyList<string> ExplicitSkills,
    IReadOnlyList<string> InferredSkills,
    IReadOnlyList<QualityFlag> QualityFlags,
    double? TotalYearsExperience = null,
    DegreeLevel? HighestDegree = null,
    int? MaxTeamSizeLed = null);
