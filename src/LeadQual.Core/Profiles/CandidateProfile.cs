namespace LeadQual.Profiles;

/// <summary>
/// The seed's enriched candidate profile: explicit skills (confidence 1.0), inferred skills with evidence,
/// career trajectory, leadership scope, overall analysis confidence, quality flags, content richness,
/// highest degree (none, high_school, associate, bachelor, master, doctorate) and how it was made.
/// </summary>
public sealed record CandidateProfile(
    string ResumeId,
    IReadOnlyList<SkillAssessment> ExplicitSkills,
    IReadOnlyList<SkillAssessment> InferredSkills,
    CareerTrajectory CareerTrajectory,
    LeadershipScope LeadershipScope,
    double AnalysisConfidence,
    IReadOnlyList<string> QualityFlags,
    double ContentRichness,
    string HighestDegree,
    ProcessingMetadata ProcessingMetadata)
{
    /// <summary>Total years of experience, as the labelled set names it.</summary>
    public double TotalYearsExperience => CareerTrajectory.TotalYearsExperience;

    /// <summary>The largest team led, as the labelled set names it.</summary>
    public int MaxTeamSizeLed => LeadershipScope.MaxTeamSizeLed;
}
