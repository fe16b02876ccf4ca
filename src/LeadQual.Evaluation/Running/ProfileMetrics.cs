using LeadQual.Evaluation.Metrics;

namespace LeadQual.Evaluation.Running;

/// <summary>
/// Candidate profiles against gold/resumes (null in metrics.json until profiles are measured). Skills
/// compare after the taxonomy's alias normalisation. Inferred-skill calibration counts a skill as right
/// when the gold lists it as the candidate's (inferred or explicit).
/// </summary>
public sealed record ProfileMetrics(
    int Resumes,
    SetMetrics ExplicitSkills,
    SetMetrics InferredSkills,
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
