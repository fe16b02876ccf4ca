using LeadQual.Jobs;
using LeadQual.Pipeline;

namespace LeadQual.Api.Contracts;

/// <summary>The seed's /html_extract and /regenerate_job_assessment data: the job as extracted and its assessment.</summary>
public sealed record JobAssessmentData(
    string JobId,
    string? JobTitle,
    string? JobCompany,
    string JobDescription,
    string? JobUrl,
    string ResumeId,
    IReadOnlyList<QualificationResult> RequiredQualifications,
    IReadOnlyList<QualificationResult> AdditionalQualifications,
    IReadOnlyList<QualificationResult> EvaluatedQualifications,
    double MatchPercentage,
    JobRating Rating,
    string Engine,
    string Model)
{
    public static JobAssessmentData From(AssessmentRun run) => new(
        run.Posting.JobId,
        run.Posting.Title,
        run.Posting.Company,
        run.Posting.Description,
        run.Posting.Url,
        run.Result.ResumeId,
        run.Result.RequiredQualifications,
        run.Result.AdditionalQualifications,
        run.Result.EvaluatedQualifications,
        run.Result.MatchPercentage,
        run.Result.Rating,
        run.Result.Engine,
        run.Result.Model);
}
