using LeadQual.Evaluation.Metrics;

namespace LeadQual.Evaluation.Units;

/// <summary>
/// One resume's profile scores (the bootstrap unit of the profile figures): set counts that add up over
/// resumes, and the per-resume facts behind the averages. A null fact was not labelled for this resume.
/// </summary>
public sealed record ResumeUnit(
    string ResumeId,
    SetScores ExplicitSkills,
    SetScores InferredSkills,
    SetScores InferredSkillsLikely,
    SetScores QualityFlags,
    bool? LowContentFound,
    double? YearsError,
    bool? DegreeRight,
    IReadOnlyList<ConfidencePoint> InferredConfidences,
    int EvidenceChecked,
    int UnsupportedEvidence);
