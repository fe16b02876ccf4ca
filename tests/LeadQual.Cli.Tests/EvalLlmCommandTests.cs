using LeadQual.Cli.Tests.Support;
using System.Text.Json;
using LeadQual.FakeOpenAI;

namespace LeadQual.Cli.Tests;

/// <summary><c>leadqual eval --engine llm</c> through real HTTP to the fake server (which answers with the offline engine), and <c>--dry-run</c>.</summary>
public sealed class EvalLlmCommandTests : IAsyncLifetime
{
    private static readonly string[] Steps = ["ja_2_1_assessment", "ja_2_2_assessment", "ja_2_3_assessment", "ja_3_1_assessment"];

    private FakeServerWorkspace workspace = null!;

    private FakeOpenAiServer Server => workspace.Server;

    private string Db => workspace.Db;

    private string Out => Path.Combine(workspace.Folder, "out");

    private static string Data => Path.Combine(CliRunner.RepositoryRoot(), "eval-data");

    public async Task InitializeAsync()
    {
        workspace = await FakeServerWorkspace.StartAsync("leadqual-cli-eval-llm-");
        Server.Latency = TimeSpan.FromMilliseconds(20);
    }

    public async Task DisposeAsync() => await workspace.DisposeAsync();

    [Fact]
    public async Task Eval_LlmEngineThroughFakeServer_WritesCostPerPromptVersionAndNamesEngineModelAndServer()
    {
        var (code, output, error) = await CliRunner.RunAsync(
            "eval", "--data", Data, "--out", Out, "--db", Db, "--concurrency", "8",
            "--engine", "llm", "--provider", "openai", "--base-url", Server.BaseUrl.ToString(), "--model", "test/model");

        Assert.True(code == 0, error + output);
        using var metrics = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Out, "metrics.json")));
        var root = metrics.RootElement;
        Assert.Equal("llm", root.GetProperty("engine").GetString());
        Assert.Equal("test/model", root.GetProperty("model").GetString());
        Assert.Equal([FakeOpenAiServer.ServedModel], root.GetProperty("served_models").EnumerateArray().Select(m => m.GetString()));
        var byVersion = root.GetProperty("cost").GetProperty("by_prompt_version").EnumerateArray().ToList();
        foreach (var step in Steps.Append("profile_assessment"))
        {
            var row = Assert.Single(byVersion, v => v.GetProperty("step").GetString() == step);
            Assert.True(row.GetProperty("calls").GetInt32() > 0, step);
            Assert.True(row.GetProperty("input_tokens").GetInt64() > 0, step);
            Assert.Contains(row.GetProperty("prompt_version").GetString()!, root.GetProperty("prompt_version").GetString()!, StringComparison.Ordinal);
        }

        Assert.Equal(0, root.GetProperty("failures").GetInt32());
        Assert.True(root.GetProperty("profile").GetProperty("resumes").GetInt32() > 0);
        Assert.Contains("engine llm · model test/model", output, StringComparison.Ordinal);
        Assert.Contains($"answers served by {FakeOpenAiServer.ServedModel}", output, StringComparison.Ordinal);
        Assert.NotEmpty(Server.ChatRequests);
    }

    [Fact]
    public async Task Eval_DryRun_SendsNoRequestAndReportsTokensForEveryPromptVersion()
    {
        var (code, output, error) = await CliRunner.RunAsync(
            "eval", "--data", Data, "--out", Out, "--db", Db, "--dry-run",
            "--engine", "llm", "--provider", "openai", "--base-url", Server.BaseUrl.ToString(), "--model", "test/model");

        Assert.True(code == 0, error + output);
        Assert.Empty(Server.Requests);
        Assert.Contains("no request sent", output, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Out, "dry-run.json")));
        Assert.True(json.RootElement.GetProperty("dry_run").GetBoolean());
        var rows = json.RootElement.GetProperty("prompt_versions").EnumerateArray().ToList();
        Assert.Equal(Steps.Append("profile_assessment").Order(StringComparer.Ordinal), rows.Select(r => r.GetProperty("step").GetString()).Order(StringComparer.Ordinal));
        Assert.All(rows, r => Assert.True(r.GetProperty("input_tokens").GetInt64() > 0));
        var pairs = Directory.GetFiles(Path.Combine(Data, "gold", "pairs"), "*.json").Length;
        Assert.Equal(pairs, rows.Single(r => r.GetProperty("step").GetString() == "ja_3_1_assessment").GetProperty("units").GetInt32());
        Assert.Equal(rows.Count + 1, (await File.ReadAllLinesAsync(Path.Combine(Out, "dry-run.csv"))).Length);
    }

    [Fact]
    public async Task Eval_PromptsNamingNoVersion_OneLineErrorAndNoRequest()
    {
        var (code, _, error) = await CliRunner.RunAsync(
            "eval", "--data", Data, "--out", Out, "--db", Db, "--prompts", "v9",
            "--engine", "llm", "--provider", "openai", "--base-url", Server.BaseUrl.ToString());

        Assert.Equal(1, code);
        Assert.Contains("--prompts: no registered prompt version is labelled or has the id 'v9'", error, StringComparison.Ordinal);
        Assert.Empty(Server.Requests);
    }
}
