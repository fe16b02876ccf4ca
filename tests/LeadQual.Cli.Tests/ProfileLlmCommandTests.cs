using LeadQual.Cli.Tests.Support;
using System.Text.Json;
using LeadQual.FakeOpenAI;

namespace LeadQual.Cli.Tests;

/// <summary><c>leadqual profile --engine llm</c> through real HTTP to the fake server, which answers the profile step with the offline profile engine.</summary>
public sealed class ProfileLlmCommandTests : IAsyncLifetime
{
    private FakeServerWorkspace workspace = null!;

    private FakeOpenAiServer Server => workspace.Server;

    private string Db => workspace.Db;

    private static string Resume => Path.Combine(CliRunner.RepositoryRoot(), "examples", "resume-maya-chen.md");

    public async Task InitializeAsync() => workspace = await FakeServerWorkspace.StartAsync("leadqual-cli-profile-llm-");

    public async Task DisposeAsync() => await workspace.DisposeAsync();

    private string[] Profile(params string[] extra) =>
        ["profile", "--resume", Resume, "--db", Db, "--engine", "llm", "--provider", "openai", "--base-url", Server.BaseUrl.ToString(), "--model", "test/model", .. extra];

    [Fact]
    public async Task Profile_LlmEngine_ReturnsAVerifiedProfileWithTokensAndTheServedModel()
    {
        var (code, output, error) = await CliRunner.RunAsync(Profile("--json"));

        Assert.True(code == 0, error);
        var request = Assert.Single(Server.ChatRequests);
        Assert.Equal("ProfileAnswer", request.SchemaName);
        Assert.Equal("test/model", request.Body!["model"]!.ToString());
        using var json = JsonDocument.Parse(output);
        var profile = json.RootElement;
        Assert.NotEmpty(profile.GetProperty("explicit_skills").EnumerateArray());
        Assert.NotEmpty(profile.GetProperty("career_trajectory").GetProperty("roles").EnumerateArray());
        var meta = profile.GetProperty("processing_metadata");
        Assert.Equal("llm", meta.GetProperty("engine").GetString());
        Assert.Equal(FakeOpenAiServer.ServedModel, meta.GetProperty("model").GetString());
        Assert.True(meta.GetProperty("input_tokens").GetInt32() > 0);
        Assert.True(meta.GetProperty("output_tokens").GetInt32() > 0);
        Assert.True(meta.GetProperty("evidence_checked").GetInt32() > 0);
        Assert.Equal(0, meta.GetProperty("unsupported_evidence_count").GetInt32());
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM candidate_profiles WHERE profile_engine = 'llm' AND profile_input_tokens > 0"));
    }

    [Fact]
    public async Task Profile_ModelParaphrasesAQuote_TheSnippetIsDroppedAndCounted()
    {
        Server.Enqueue(FakeFault.ParaphrasedEvidence);

        var (code, output, error) = await CliRunner.RunAsync(Profile("--json"));

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        var profile = json.RootElement;
        Assert.Equal(1, profile.GetProperty("processing_metadata").GetProperty("unsupported_evidence_count").GetInt32());
        var snippets = profile.GetProperty("explicit_skills").EnumerateArray().Concat(profile.GetProperty("inferred_skills").EnumerateArray())
            .SelectMany(s => s.GetProperty("evidence").EnumerateArray()).Select(e => e.GetProperty("snippet").GetString()!).ToList();
        Assert.NotEmpty(snippets);
        Assert.DoesNotContain(snippets, s => s.Contains("broad hands-on experience", StringComparison.Ordinal));
        var text = await File.ReadAllTextAsync(Resume);
        Assert.All(snippets, s => Assert.Contains(string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Profile_LlmEngineStreamed_ShowsProgressAndTheProfileTable()
    {
        var (code, output, error) = await CliRunner.RunAsync(Profile("--stream"));

        Assert.True(code == 0, error);
        Assert.True(Assert.Single(Server.ChatRequests).Streamed);
        Assert.Contains("streamed: answer complete", error, StringComparison.Ordinal);
        Assert.Contains($"engine: llm, model: {FakeOpenAiServer.ServedModel}", output, StringComparison.Ordinal);
        Assert.Contains("dropped as not verbatim", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_FirstAttemptFailsThenRetrySucceeds_SummaryCountsBothAndEachIsARow()
    {
        Server.Enqueue(FakeFault.Http(500));

        var (code, output, error) = await CliRunner.RunAsync(Profile());

        Assert.True(code == 0, error);
        Assert.Equal(2, Server.ChatRequests.Count);
        Assert.Contains("calls: 2 (0 from cache, 1 failed attempts)", output, StringComparison.Ordinal);
        Assert.Contains("one row per attempt in profile_llm_runs", output, StringComparison.Ordinal);
        Assert.Equal(1, await ScalarAsync("SELECT COUNT(*) FROM profile_llm_runs WHERE llm_run_attempt = 1 AND llm_run_error LIKE 'HTTP 500%' AND llm_run_input_tokens = 0"));
        Assert.Equal(1, await ScalarAsync(
            """
            SELECT COUNT(*) FROM profile_llm_runs r JOIN candidate_profiles p ON p.profile_id = r.profile_id
            WHERE r.llm_run_attempt = 2 AND r.llm_run_error IS NULL AND r.llm_run_input_tokens = p.profile_input_tokens
                AND r.llm_run_output_tokens = p.profile_output_tokens AND r.llm_run_input_tokens > 0 AND r.resume_id = 'resume-maya-chen'
            """));
    }

    private Task<long> ScalarAsync(string sql) => DatabaseProbe.ScalarAsync(Db, sql);
}
