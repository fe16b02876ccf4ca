using System.Text.Json;
using LeadQual.Cli.Tests.Support;
using LeadQual.FakeOpenAI;
using Microsoft.Data.Sqlite;

namespace LeadQual.Cli.Tests;

/// <summary><c>leadqual assess/decompose --engine llm</c> and <c>leadqual credits</c> through real HTTP to a fake server on loopback.</summary>
public sealed class LlmEngineCommandTests : IAsyncLifetime
{
    private const string Key = "sk-or-v1-CLI-TEST-KEY-0b7e41d2";

    private FakeServerWorkspace workspace = null!;

    private FakeOpenAiServer Server => workspace.Server;

    private string Db => workspace.Db;

    private static string Example(string name) => Path.Combine(CliRunner.RepositoryRoot(), "examples", name);

    public async Task InitializeAsync() => workspace = await FakeServerWorkspace.StartAsync("leadqual-cli-llm-");

    public async Task DisposeAsync() => await workspace.DisposeAsync();

    private string[] Assess(params string[] extra) =>
        ["assess", "--job", Example("job-senior-data-analyst.md"), "--resume", Example("resume-maya-chen.md"), "--db", Db,
         "--engine", "llm", "--provider", "openai", "--base-url", Server.BaseUrl.ToString(), "--model", "test/model", .. extra];

    [Fact]
    public async Task Assess_LlmEngine_RunsTheFourStepsOverHttpAndNamesEngineModelAndServer()
    {
        var (code, output, error) = await CliRunner.RunAsync(Assess());

        Assert.True(code == 0, error);
        Assert.Equal(4, Server.ChatRequests.Count);
        Assert.Contains("engine: llm, model: test/model", output, StringComparison.Ordinal);
        Assert.Contains("Rating:", output, StringComparison.Ordinal);
        Assert.Contains($"served by {FakeOpenAiServer.ServedModel}", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_LlmEngineJson_ReportsEngineLlmAndTheModelAsked()
    {
        var (code, output, error) = await CliRunner.RunAsync(Assess("--json", "--stream"));

        Assert.True(code == 0, error);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("llm", json.RootElement.GetProperty("engine").GetString());
        Assert.Equal("test/model", json.RootElement.GetProperty("model").GetString());
        Assert.All(Server.ChatRequests, r => Assert.True(r.Streamed));
    }

    [Fact]
    public async Task Assess_SameJobTwice_SecondRunIsServedFromTheCache()
    {
        await CliRunner.RunAsync(Assess());

        var (code, output, _) = await CliRunner.RunAsync(Assess());

        Assert.Equal(0, code);
        Assert.Equal(4, Server.ChatRequests.Count);
        Assert.Contains("4 from cache", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_NoCache_AsksAgain()
    {
        await CliRunner.RunAsync(Assess());

        await CliRunner.RunAsync(Assess("--no-cache"));

        Assert.Equal(8, Server.ChatRequests.Count);
    }

    [Fact]
    public async Task Assess_OpenRouterWithoutKey_OneLineErrorAndNoRequest()
    {
        var (code, _, error) = await CliRunner.RunAsync(
            "assess", "--job", Example("job-senior-data-analyst.md"), "--resume", Example("resume-maya-chen.md"), "--db", Db, "--engine", "llm", "--base-url", Server.BaseUrl.ToString());

        Assert.Equal(1, code);
        Assert.Equal("error: OPENROUTER_API_KEY: not set; the openrouter provider needs an API key (or use --engine offline)", error.Trim());
        Assert.Empty(Server.ChatRequests);
    }

    [Fact]
    public async Task Assess_OpenRouterKey_SentAsBearerWithProviderOrderButNeverStored()
    {
        var env = new Dictionary<string, string> { ["OPENROUTER_API_KEY"] = Key };

        var (code, _, error) = await CliRunner.RunAsync(env,
            "assess", "--job", Example("job-senior-data-analyst.md"), "--resume", Example("resume-maya-chen.md"), "--db", Db,
            "--engine", "llm", "--base-url", Server.BaseUrl.ToString(), "--provider-order", "deepinfra/fp4,nebius/fp4");

        Assert.True(code == 0, error);
        Assert.All(Server.ChatRequests, r => Assert.Equal($"Bearer {Key}", r.Authorization));
        var provider = Server.ChatRequests[0].Body!["provider"]!;
        Assert.Equal("deepinfra/fp4", provider["order"]![0]!.ToString());
        Assert.False(provider["allow_fallbacks"]!.GetValue<bool>());
        Assert.Equal("openai/gpt-oss-120b", Server.ChatRequests[0].Body!["model"]!.ToString());
        Assert.DoesNotContain(Key, DumpDatabase(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Decompose_LlmEngine_ListsClassifiedObjectsFromTheModel()
    {
        var (code, output, error) = await CliRunner.RunAsync(
            "decompose", "--job", Example("job-senior-data-analyst.md"), "--json", "--db", Db, "--engine", "llm", "--provider", "openai", "--base-url", Server.BaseUrl.ToString());

        Assert.True(code == 0, error);
        Assert.Equal(3, Server.ChatRequests.Count);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("llm", json.RootElement.GetProperty("engine").GetString());
        Assert.NotEmpty(json.RootElement.GetProperty("classified_objects").EnumerateArray());
    }

    [Fact]
    public async Task Credits_WithKey_PrintsBalanceAndKeyUsage()
    {
        var (code, output, error) = await CliRunner.RunAsync(new Dictionary<string, string> { ["OPENROUTER_API_KEY"] = Key }, "credits", "--base-url", Server.BaseUrl.ToString());

        Assert.True(code == 0, error);
        Assert.Contains("credits: $20 purchased, $1.25 used, $18.75 remaining", output, StringComparison.Ordinal);
        Assert.Contains("key fake-key: $1.25 used, limit $10, $8.75 left", output, StringComparison.Ordinal);
        Assert.Equal(["/v1/key", "/v1/credits"], Server.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task Credits_NoKey_SaysWhichVariableToSet()
    {
        var (code, _, error) = await CliRunner.RunAsync("credits", "--base-url", Server.BaseUrl.ToString());

        Assert.Equal(1, code);
        Assert.StartsWith("error: OPENROUTER_API_KEY is not set", error, StringComparison.Ordinal);
        Assert.Empty(Server.Requests);
    }

    [Fact]
    public async Task Credits_ProviderAnswers503_OneLineErrorNamingTheStatusAndExit1()
    {
        Server.AccountFault = FakeFault.Http(503);

        var (code, output, error) = await CliRunner.RunAsync(new Dictionary<string, string> { ["OPENROUTER_API_KEY"] = Key }, "credits", "--base-url", Server.BaseUrl.ToString());

        Assert.Equal(1, code);
        Assert.Equal("error: could not read OpenRouter credits (error_status): /v1/key: HTTP 503: fake failure 503", error.Trim());
        Assert.Empty(output);
    }

    [Fact]
    public async Task Credits_ProviderUnreachable_OneLineErrorSayingItCouldNotBeReached()
    {
        var closed = $"http://127.0.0.1:{LoopbackPort.Free()}/v1";

        var (code, output, error) = await CliRunner.RunAsync(new Dictionary<string, string> { ["OPENROUTER_API_KEY"] = Key }, "credits", "--base-url", closed);

        Assert.Equal(1, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.StartsWith($"error: could not read OpenRouter credits (unreachable): /v1/key: could not reach {new Uri(closed).Authority}", error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public async Task Credits_ProviderAnswersAnHtmlPage_OneLineErrorSayingItIsNotJson()
    {
        Server.AccountFault = FakeFault.InvalidJson;

        var (code, _, error) = await CliRunner.RunAsync(new Dictionary<string, string> { ["OPENROUTER_API_KEY"] = Key }, "credits", "--base-url", Server.BaseUrl.ToString());

        Assert.Equal(1, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.StartsWith("error: could not read OpenRouter credits (invalid_response): /v1/key: HTTP 200 but the answer is not JSON: <!DOCTYPE html> <html>", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credits_ProxyAnswers502WithAnHtmlPage_OneLineErrorQuotingThePageOnOneLine()
    {
        Server.AccountFault = new FakeFault(FakeFaultKind.InvalidJson, Status: 502);

        var (code, _, error) = await CliRunner.RunAsync(new Dictionary<string, string> { ["OPENROUTER_API_KEY"] = Key }, "credits", "--base-url", Server.BaseUrl.ToString());

        Assert.Equal(1, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.StartsWith("error: could not read OpenRouter credits (error_status): /v1/key: HTTP 502: <!DOCTYPE html> <html> <head><title>Sign in", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credits_ProviderAnswersJsonWithoutTheFigures_OneLineErrorInsteadOfABlankBalance()
    {
        Server.AccountFault = FakeFault.SchemaInvalid;

        var (code, output, error) = await CliRunner.RunAsync(new Dictionary<string, string> { ["OPENROUTER_API_KEY"] = Key }, "credits", "--base-url", Server.BaseUrl.ToString());

        Assert.Equal(1, code);
        Assert.Single(error.Trim().Split('\n'));
        Assert.StartsWith("error: could not read OpenRouter credits (invalid_response): /v1/credits: the answer has no numeric data.total_credits and data.total_usage", error, StringComparison.Ordinal);
        Assert.DoesNotContain("credits:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credits_ProviderEchoesTheKeyIn401_ErrorNeverPrintsTheKey()
    {
        Server.AccountFault = FakeFault.Http(401);

        var (code, _, error) = await CliRunner.RunAsync(new Dictionary<string, string> { ["OPENROUTER_API_KEY"] = Key }, "credits", "--base-url", Server.BaseUrl.ToString());

        Assert.Equal(1, code);
        Assert.Contains("HTTP 401: invalid credentials: Bearer [redacted]", error, StringComparison.Ordinal);
        Assert.DoesNotContain(Key, error, StringComparison.Ordinal);
    }

    private string DumpDatabase()
    {
        using var connection = new SqliteConnection($"Data Source={Db}");
        connection.Open();
        var text = new System.Text.StringBuilder();
        foreach (var table in new[] { "llm_runs_v2", "job_details", "job_skills", "prompts", "llm_response_cache", "job_quarantine", "resumes" })
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table}";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(reader.IsDBNull(i) ? string.Empty : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).Append('\t');
                }
            }
        }

        return text.ToString();
    }
}
