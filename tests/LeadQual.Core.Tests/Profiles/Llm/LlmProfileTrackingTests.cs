using LeadQual.Core.Tests.Support;
using LeadQual.FakeOpenAI;
using LeadQual.Profiles;

namespace LeadQual.Core.Tests.Profiles.Llm;

/// <summary>
/// The LLM profile engine against the fake server, through the batch and the store as <c>leadqual profile</c> runs them:
/// every HTTP attempt is a <c>profile_llm_runs</c> row.
/// </summary>
public sealed class LlmProfileTrackingTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("leadqual-profile-llm-").FullName;
    private LlmRig rig = null!;

    public async Task InitializeAsync() => rig = await LlmRig.StartAsync();

    public async Task DisposeAsync()
    {
        await rig.DisposeAsync();
        Directory.Delete(folder, recursive: true);
    }

    private string WriteResume()
    {
        var path = Path.Combine(folder, "rich.md");
        File.WriteAllText(path, ResumeSamples.Rich);
        return path;
    }

    [Fact]
    public async Task RunAsync_FirstAttemptHttp500ThenSuccess_StoresBothAttemptsWithTheirTokens()
    {
        rig.Server.Enqueue(FakeFault.Http(500));
        rig.Server.ReportedCost = 0.0021m;
        var engine = rig.ProfileEngine();

        var result = await ClockDriver.RunAsync(rig.Clock, () => rig.ProfileBatch(engine).RunAsync([WriteResume()], concurrency: 1));

        var profile = Assert.Single(result.Profiles);
        Assert.Equal(2, rig.Server.ChatRequests.Count);
        Assert.Equal(1, profile.ProcessingMetadata.Retries);
        var rows = await rig.Temp.ColumnAsync(
            """
            SELECT r.llm_run_attempt || '|' || r.llm_run_model_id || '|' || r.llm_run_input_tokens || '|' || r.llm_run_output_tokens || '|'
                || r.llm_run_thinking_tokens || '|' || r.llm_run_total_tokens || '|' || COALESCE(r.llm_run_cost, 'null') || '|'
                || COALESCE(substr(r.llm_run_error, 1, 8), 'ok') || '|' || r.llm_run_engine || '|' || r.llm_run_type
            FROM profile_llm_runs r JOIN candidate_profiles p ON p.profile_id = r.profile_id AND p.resume_id = r.resume_id
            WHERE r.resume_id = 'rich' ORDER BY r.llm_run_attempt
            """);
        var (inputTokens, outputTokens) = (profile.ProcessingMetadata.InputTokens, profile.ProcessingMetadata.OutputTokens);
        Assert.True(inputTokens > 0 && outputTokens > 0);
        Assert.Equal(
            [
                "1|test/model|0|0|0|0|null|HTTP 500|llm|profile_assessment",
                $"2|{FakeOpenAiServer.ServedModel}|{inputTokens}|{outputTokens}|0|{inputTokens + outputTokens}|0.0021|ok|llm|profile_assessment",
            ],
            rows);
        Assert.Equal([engine.Prompt.Id], await rig.Temp.ColumnAsync("SELECT DISTINCT llm_run_system_prompt_id FROM profile_llm_runs"));
        Assert.Equal(["1"], await rig.Temp.ColumnAsync("SELECT COUNT(*) FROM profile_llm_runs WHERE llm_run_generation_id LIKE 'gen-fake-%' AND llm_run_end >= llm_run_start"));
    }

    [Fact]
    public async Task RunAsync_EveryAttemptFails_QuarantinesTheResumeWithItsThreeAttempts()
    {
        rig.Server.EveryRequest = FakeFault.Http(500);

        var result = await ClockDriver.RunAsync(rig.Clock, () => rig.ProfileBatch(rig.ProfileEngine()).RunAsync([WriteResume()], concurrency: 1));

        var item = Assert.Single(result.Quarantined);
        Assert.Equal(ProfileQuarantineReasons.FailedGenerateProfile, item.QuarantineReason);
        Assert.Equal([1, 2, 3], item.Calls.Select(c => c.Attempt));
        Assert.Equal(0, await rig.Temp.CountAsync("candidate_profiles"));
        Assert.Equal(["1", "2", "3"], await rig.Temp.ColumnAsync(
            """
            SELECT r.llm_run_attempt FROM profile_llm_runs r JOIN profile_quarantine q ON q.profile_quarantine_id = r.profile_quarantine_id
            WHERE r.resume_id = 'rich' AND q.resume_id = 'rich' AND r.profile_id IS NULL AND r.llm_run_error LIKE 'HTTP 500%'
            ORDER BY r.llm_run_attempt
            """));
    }
}
