using LeadQual.Core.Tests.Support;
using LeadQual.Documents;
using LeadQual.Profiles;

namespace LeadQual.Core.Tests.Profiles;

public sealed class ProfileStoreTests : IDisposable
{
    private readonly TempDatabase db = new();

    private ProfileStore Store => new(db.Database, TestClock.November2026());

    private static Task<ProfileRun> RunAsync(string resumeId) =>
        new ProfilePipeline(new ScriptedProfileEngine(), TestClock.November2026()).ProfileAsync(new Resume(resumeId, ResumeSamples.Rich));

    [Fact]
    public async Task SaveAsync_RunWithATimedOutAttempt_WritesOneRowPerAttemptForTheStoredProfile()
    {
        await Store.SaveAsync(await RunAsync("priya"));

        var rows = await db.ColumnAsync(
            """
            SELECT r.llm_run_attempt || '|' || r.llm_run_input_tokens || '|' || r.llm_run_output_tokens || '|' || r.llm_run_cost || '|'
                || COALESCE(r.llm_run_error, 'ok') || '|' || r.llm_run_model_id || '|' || r.llm_run_system_prompt_id || '|' || r.llm_run_engine
            FROM profile_llm_runs r JOIN candidate_profiles p ON p.profile_id = r.profile_id
            WHERE r.resume_id = 'priya' AND p.resume_id = 'priya' ORDER BY r.llm_run_attempt
            """);
        Assert.Equal(["1|600|0|0.0006|timeout|scripted-model|profile/v1|llm", "2|600|300|0.0015|ok|scripted-model|profile/v1|llm"], rows);
    }

    [Fact]
    public async Task SaveAsync_SameResumeTwice_ReplacesTheProfileAndKeepsEveryCallSpent()
    {
        await Store.SaveAsync(await RunAsync("priya"));
        await Store.SaveAsync(await RunAsync("priya"));

        Assert.Equal(1, await db.CountAsync("candidate_profiles", "resume_id = 'priya'"));
        Assert.Equal(4, await db.CountAsync("profile_llm_runs", "resume_id = 'priya'"));
        Assert.Equal(2, await db.CountAsync("profile_llm_runs", "profile_id IN (SELECT profile_id FROM candidate_profiles)"));
        Assert.Equal(["0.0042"], await db.ColumnAsync("SELECT ROUND(SUM(llm_run_cost), 6) FROM profile_llm_runs WHERE resume_id = 'priya'"));
    }

    [Fact]
    public async Task QuarantineAsync_WithTheFailedCalls_WritesThemForTheQuarantineRow()
    {
        var calls = (await RunAsync("priya")).Calls;

        await Store.QuarantineAsync("priya", "resumes/priya.md", ProfileQuarantineReasons.FailedGenerateProfile, "provider down", "llm", calls);

        Assert.Equal(["1", "2"], await db.ColumnAsync(
            """
            SELECT r.llm_run_attempt FROM profile_llm_runs r JOIN profile_quarantine q ON q.profile_quarantine_id = r.profile_quarantine_id
            WHERE r.resume_id = 'priya' AND r.profile_id IS NULL ORDER BY r.llm_run_attempt
            """));
    }

    public void Dispose() => db.Dispose();
}
