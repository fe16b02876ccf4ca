using LeadQual.Api.Resumes;
using LeadQual.Documents;
using LeadQual.Engines;
using LeadQual.Pipeline;
using LeadQual.Storage;

namespace LeadQual.Api.Assessing;

/// <summary>
/// Assesses one posting for the API: picks the resume, serialises work on the same job id, and runs the
/// engine-agnostic pipeline, which stores the result in one transaction or quarantines the job.
/// </summary>
public sealed class JobAssessor(IAssessmentEngineFactory engines, AssessmentStore store, ResumeResolver resumes, JobLocks locks)
{
    public const string NoMasterResume =
        "no master resume: register one with POST /resumes {\"text\": …, \"master\": true}, mark one with POST /resumes/{id}/master, or set MASTER_RESUME";

    /// <summary>The assessment, stored; throws <see cref="JobQuarantinedException"/> (quarantined) or <see cref="ResumeNotFoundException"/>.</summary>
    public async Task<AssessmentRun> AssessAsync(JobPosting posting, string? resumeId, CancellationToken cancellationToken)
    {
        var resume = await resumes.ResolveAsync(resumeId, cancellationToken).ConfigureAwait(false);
        if (resume is null)
        {
            throw await QuarantineAsync(posting.JobId, posting, QuarantineReasons.MissingResume, NoMasterResume, cancellationToken).ConfigureAwait(false);
        }

        using var held = await locks.AcquireAsync(posting.JobId, cancellationToken).ConfigureAwait(false);
        return await new AssessmentPipeline(engines.Create(), store).AssessAsync(posting, resume, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records a job that cannot be assessed; returns the <see cref="JobQuarantinedException"/> for the caller to throw.</summary>
    public async Task<JobQuarantinedException> QuarantineAsync(string jobId, JobPosting? posting, string reason, string detail, CancellationToken cancellationToken)
    {
        await store.QuarantineAsync(jobId, posting, reason, detail, engines.Identity.Engine, [], cancellationToken).ConfigureAwait(false);
        return new JobQuarantinedException(jobId, reason, detail);
    }
}
