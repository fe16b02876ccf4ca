namespace LeadQual.Profiles.Llm;

/// <summary>
/// What the profile prompt asks a model to answer, and the record its strict JSON schema is generated from:
/// explicit and inferred skills with verbatim evidence, the dated roles oldest first, years of experience,
/// leadership, quality flags from the labelled set's vocabulary, richness, highest degree and the model's
/// confidence in its own analysis. Nothing is nullable, so the schema stays within strict mode.
/// </summary>
public sealed record ProfileAnswer(
    IReadOnlyList<ProfileSkillAnswer> ExplicitSkills,
    IReadOnlyList<ProfileSkillAnswer> InferredSkills,
    IReadOnlyList<ProfileRoleAnswer> CareerTrajectory,
    double TotalYearsExperience,
    ProfileLeadershipAnswer LeadershipScope,
    double AnalysisConfidence,
    IReadOnlyList<string> QualityFlags,
    double ContentRichness,
    string HighestDegree);
