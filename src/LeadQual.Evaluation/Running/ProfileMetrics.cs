using LeadQual.Evaluation.Metrics;

namespace LeadQual.Evaluation.Running;

/// <summary>
/// Candidate profiles against gold/resumes (null in metrics.json until profiles are measured). Skills
/// compare after the taxonomy's alias normalisation. Inferred-skill calibration counts a skill as right
/// when the gold lists it as the candidate's (inferred or explicit). <see cref="InferredSkillsLikely"/> scores
/// only the inferred skills stated as likely (<see cref="LeadQual.Profiles.SkillAssessment.LikelyConfidence"/>),
/// the operating point a user filtering by confidence gets.
/// </summary>
public sealed record ProfileMetrics(
    int Resumes,
    SetMetrics ExplicitSkills,
    SetMetrics InferredSkills,
    SetMetrics InferredSkillsLikely,
    SetMetrics QualityFlags,
    double? LowContentRecall,
    double? YearsMeanAbsoluteError,
    int YearsN,
    double? DegreeAccuracy,
    int DegreeN,
    double? InferredEce,
    double? InferredBrier,
    IReadOnlyList<ReliabilityBin> InferredReliability,
    int EvidenceChecked,
    int UnsupportedEvidence,
    double? UnsupportedEvidenceRate);
