using LeadQual.Core.Tests.Support;
using LeadQual.Documents;
using LeadQual.Engines;
using LeadQual.Engines.Offline;
using LeadQual.Jobs;
using LeadQual.Pipeline;
using LeadQual.Storage;

namespace LeadQual.Core.Tests.Pipeline;

public sealed class AssessmentPipelineTests : IDisposable
{
    private readonly TempDatabase temp = new();

    private AssessmentPipeline NewPipeline(IAssessmentEngine? engine = null) =>
        new(engine ?? new OfflineEngine(clock: TestClock.November2026()), new AssessmentStore(temp.Database, TestClock.November2026()));

    private static JobPosting Posting(string text = Samples.BackendPosting) => DocumentLoader.ParsePosting(text, html: false);

    [Fact]
    public async Task AssessAsync_StoresJobOneSkillRowPerRequirementAndOneRunPerStep()
    {
        var run = await NewPipeline().AssessAsync(Posting(), new Resume("jordan", Samples.BackendResume));

        var requirements = run.Decomposition.Classified.ClassifiedObjects.Count;
        Assert.Equal(1, await temp.CountAsync("job_details"));
        Assert.Equal(requirements, await temp.CountAsync("job_skills"));
        Assert.Equal(4, await temp.CountAsync("llm_runs_v2", $"llm_run_input_tokens = 0 AND llm_run_model_id = 'offline/{OfflineEngine.Version}'"));
        Assert.Equal(0, await temp.CountAsync("job_quarantine"));
    }

    [Fact]
    public async Task AssessAsync_StrongCandidate_RatesHighAndIgnoresTheInjectionLine()
    {
        var result = (await NewPipeline().AssessAsync(Posting(), new Resume("jordan", Samples.BackendResume))).Result;

        Assert.Equal(JobRating.High, result.Rating);
        Assert.DoesNotContain(result.RequiredQualifications.Concat(result.AdditionalQualifications).Concat(result.EvaluatedQualifications),
            q => q.RequirementString.Contains("instructions", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(result.EvaluatedQualifications, q => q.RequirementString.Contains("communication", StringComparison.Ordinal) && q.Match is null);
    }

    [Fact]
    public async Task AssessAsync_Twice_ReplacesTheOldRowsInsteadOfDoublingThem()
    {
        var pipeline = NewPipeline();
        await pipeline.AssessAsync(Posting(), new Resume("jordan", Samples.BackendResume));
        var first = await temp.CountAsync("job_skills");

        await pipeline.AssessAsync(Posting(), new Resume("jordan", Samples.BackendResume));

        Assert.Equal(first, await temp.CountAsync("job_skills"));
        Assert.Equal(1, await temp.CountAsync("job_details"));
    }

    [Fact]
    public async Task AssessAsync_PostingWithoutRequirements_IsQuarantinedAndNothingHalfWritten()
    {
        var posting = Posting("# Barista\nWe are a friendly cafe in Portland. Come say hi!\n");

        var failure = await Assert.ThrowsAsync<JobQuarantinedException>(() => NewPipeline().AssessAsync(posting, new Resume("r", Samples.BackendResume)));

        Assert.Equal(QuarantineReasons.MissingJobDescription, failure.Reason);
        Assert.Equal(1, await temp.CountAsync("job_quarantine", "job_quarantine_reason = 'missing_job_description'"));
        Assert.Equal(0, await temp.CountAsync("job_skills"));
        Assert.Equal(3, await temp.CountAsync("llm_runs_v2"));
    }

    [Fact]
    public async Task AssessAsync_ResumeWithoutText_IsQuarantinedAsMissingResume()
    {
        var failure = await Assert.ThrowsAsync<JobQuarantinedException>(() => NewPipeline().AssessAsync(Posting(), new Resume("blank", "  \n")));

        Assert.Equal(QuarantineReasons.MissingResume, failure.Reason);
        Assert.Equal(1, await temp.CountAsync("job_quarantine", "job_quarantine_reason = 'missing_resume'"));
    }

    [Fact]
    public async Task AssessAsync_EngineFailureInStep31_QuarantinesAndKeepsEarlierAssessments()
    {
        await NewPipeline().AssessAsync(Posting(), new Resume("jordan", Samples.BackendResume));
        var stored = await temp.CountAsync("job_skills");

        var failing = new FailingAssessEngine(new OfflineEngine(clock: TestClock.November2026()));
        var failure = await Assert.ThrowsAsync<JobQuarantinedException>(() => NewPipeline(failing).AssessAsync(Posting(), new Resume("jordan", Samples.BackendResume)));

        Assert.Equal(QuarantineReasons.FailedGenerateAssessment, failure.Reason);
        Assert.Equal(stored, await temp.CountAsync("job_skills"));
    }

    public void Dispose() => temp.Dispose();

    private sealed class FailingAssessEngine(IAssessmentEngine inner) : IAssessmentEngine
    {
        public EngineIdentity Identity => inner.Identity;

        public Task<StepOutcome<ResponseData_2_1>> TagAsync(JobPosting posting, CancellationToken cancellationToken = default) => inner.TagAsync(posting, cancellationToken);

        public Task<StepOutcome<ResponseData_2_2>> AtomizeAsync(ResponseData_2_1 tagged, CancellationToken cancellationToken = default) => inner.AtomizeAsync(tagged, cancellationToken);

        public Task<StepOutcome<ResponseData_2_3>> ClassifyAsync(ResponseData_2_2 atomized, CancellationToken cancellationToken = default) => inner.ClassifyAsync(atomized, cancellationToken);

        public Task<StepOutcome<ResponseData_3_1>> AssessAsync(IReadOnlyList<ClassifiedRequirement> requirements, Resume resume, CancellationToken cancellationToken = default) =>
            throw new EngineException(QuarantineReasons.FailedGenerateAssessment, "provider answered 500 three times");
    }
}
