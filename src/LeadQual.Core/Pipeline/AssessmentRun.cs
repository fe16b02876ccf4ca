using LeadQual.Documents;
using LeadQual.Engines;
using LeadQual.Jobs;

namespace LeadQual.Pipeline;

/// <summary>A finished assessment: the seed's response, the decomposition behind it and every call made.</summary>
public sealed record AssessmentRun(
    JobPosting Posting,
    Resume Resume,
    JobDecomposition Decomposition,
    ResponseData_3_1 Assessed,
    JobAssessment Result,
    IReadOnlyList<StepCall> Calls);
