using LeadQual.Documents;

namespace LeadQual.Profiles;

/// <summary>
/// Runs any <see cref="IProfileEngine"/> on a resume, verifies its evidence against the resume text, and
/// completes the processing metadata from the calls made (tokens, cost, retries) and the wall time.
/// </summary>
public sealed class ProfilePipeline(IProfileEngine engine, TimeProvider clock)
{
    public IProfileEngine Engine => engine;

    public async Task<ProfileRun> ProfileAsync(Resume resume, CancellationToken cancellationToken = default)
    {
        var start = clock.GetTimestamp();
        var outcome = await engine.ProfileAsync(resume, cancellationToken).ConfigureAwait(false);
        var check = EvidenceVerifier.Verify(outcome.Value, resume.Text);
        var calls = outcome.Calls;
        var metadata = check.Profile.ProcessingMetadata with
        {
            InputTokens = calls.Sum(c => c.InputTokens),
            OutputTokens = calls.Sum(c => c.OutputTokens),
            ReasoningTokens = calls.Sum(c => c.ReasoningTokens),
            CostUsd = calls.Sum(c => c.CostUsd ?? 0m),
            Retries = calls.Count(c => c.Attempt > 1),
            LatencyMs = Math.Round(clock.GetElapsedTime(start).TotalMilliseconds, 1),
        };
        return new ProfileRun(resume, check.Profile with { ProcessingMetadata = metadata }, calls);
    }
}
