namespace LeadQual.Jobs;

/// <summary>The seed's assessment response for one job against one resume.</summary>
public sealed record JobAssessment(
    string JobId,
    string? JobTitle,
    string? JobCompany,
    string ResumeId,
    IReadOnlyList<QualificationResult> RequiredQualifications,
    IReadOnlyList<QualificationResult> AdditionalQualifications,
    IReadOnlyList<QualificationResult> EvaluatedQualifications,
    double MatchPercentage,
    JobRating Rating,
    string Engine,
    string Model);
