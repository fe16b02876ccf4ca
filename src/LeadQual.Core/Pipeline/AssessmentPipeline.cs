using LeadQual.Documents;
using LeadQual.Engines;
using LeadQual.Jobs;
using LeadQual.Storage;

namespace LeadQual.Pipeline;

/// <summary>
/// Runs the seed's steps on any engine, records every call, and never loses a job: each posting ends
/// assessed (stored in one transaction) or quarantined with a reason code.
/// </summary>
public sealed class AssessmentPipeline(IAssessmentEngine engine, AssessmentStore? store = null)
{
    public IAssessmentEngine Engine => engine;

    public async Task<JobDecomposition> DecomposeAsync(JobPosting posting, CancellationToken cancellationToken = default)
    {
        var calls = new List<StepCall>();
        try
        {
            if (string.IsNullOrWhiteSpace(posting.Description))
            {
                throw new EngineException(QuarantineReasons.MissingJobDescription, "the posting has no text");
            }

            var tagged = await engine.TagAsync(posting, cancellationToken).ConfigureAwait(false);
            calls.AddRange(tagged.Calls);
            var atomized = await engine.AtomizeAsync(tagged.Value, cancellationToken).ConfigureAwait(false);
            calls.AddRange(atomized.Calls);
            var classified = await engine.ClassifyAsync(atomized.Value, cancellationToken).ConfigureAwait(false);
            calls.AddRange(classified.Calls);
            if (classified.Value.ClassifiedObjects.Count == 0)
            {
                throw new EngineException(QuarantineReasons.MissingJobDescription, "no requirement could be recognised in the posting", calls);
            }

            return new JobDecomposition(tagged.Value, atomized.Value, classified.Value, calls);
        }
        catch (EngineException failure)
        {
            throw await QuarantineAsync(posting, failure.Reason, failure.Message, calls.Concat(failure.Calls).Distinct().ToList(), failure, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<AssessmentRun> AssessAsync(JobPosting posting, Resume resume, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(resume.Text))
        {
            throw await QuarantineAsync(posting, QuarantineReasons.MissingResume, $"resume {resume.ResumeId} has no text", [], null, cancellationToken).ConfigureAwait(false);
        }

        var decomposition = await DecomposeAsync(posting, cancellationToken).ConfigureAwait(false);
        var assessable = decomposition.Classified.ClassifiedObjects.Where(c => c.IsAssessed).ToList();
        var calls = decomposition.Calls.ToList();
        ResponseData_3_1 assessed;
        try
        {
            var outcome = await engine.AssessAsync(assessable, resume, cancellationToken).ConfigureAwait(false);
            calls.AddRange(outcome.Calls);
            assessed = outcome.Value;
            if (assessed.AssessedObjects.Count != assessable.Count)
            {
                throw new EngineException(QuarantineReasons.FailedGenerateAssessment, $"step 3.1 answered {assessed.AssessedObjects.Count} of {assessable.Count} requirements", outcome.Calls);
            }
        }
        catch (EngineException failure)
        {
            throw await QuarantineAsync(posting, failure.Reason, failure.Message, calls.Concat(failure.Calls).Distinct().ToList(), failure, cancellationToken).ConfigureAwait(false);
        }

        var (required, additional, evaluated, rating) = AssessmentResultBuilder.Build(decomposition.Classified.ClassifiedObjects, assessed.AssessedObjects);
        var result = new JobAssessment(posting.JobId, posting.Title, posting.Company, resume.ResumeId, required, additional, evaluated,
            Math.Round(rating.MatchPercentage, 4), rating.Rating, engine.Identity.Engine, engine.Identity.Model);
        var run = new AssessmentRun(posting, resume, decomposition, assessed, result, calls);
        if (store is not null)
        {
            await store.SaveAsync(run, cancellationToken).ConfigureAwait(false);
        }

        return run;
    }

    private async Task<JobQuarantinedException> QuarantineAsync(JobPosting posting, string reason, string detail, IReadOnlyList<StepCall> calls, Exception? inner, CancellationToken cancellationToken)
    {
        if (store is not null)
        {
            await store.QuarantineAsync(posting.JobId, posting, reason, detail, engine.Identity.Engine, calls, cancellationToken).ConfigureAwait(false);
        }

        return new JobQuarantinedException(posting.JobId, reason, detail, calls, inner);
    }
}
