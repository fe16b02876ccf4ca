using LeadQual.Cli.Tests.Support;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LeadQual.FakeOpenAI;
using Microsoft.Data.Sqlite;

namespace LeadQual.Cli.Tests;

/// <summary><c>leadqual serve --engine llm</c> as a real process, assessing through real HTTP to the fake server (the offline engine behind an OpenAI-shaped API).</summary>
public sealed class ServeLlmCommandTests : IAsyncLifetime
{
    private const string Key = "sk-or-v1-SERVE-TEST-KEY-5c1d";

    private FakeServerWorkspace workspace = null!;

    private FakeOpenAiServer Server => workspace.Server;

    private string Db => workspace.Db;

    private static string Example(string name) => Path.Combine(CliRunner.RepositoryRoot(), "examples", name);

    public async Task InitializeAsync() => workspace = await FakeServerWorkspace.StartAsync("leadqual-serve-llm-");

    public async Task DisposeAsync() => await workspace.DisposeAsync();

    [Fact]
    public async Task HtmlExtract_LlmEngine_AssessesThroughTheProviderAndStoresLlmRunsWithTokens()
    {
        using var process = Serve(new Dictionary<string, string>(), "--provider", "openai", "--model", "test/model");
        try
        {
            var banner = await ProcessOutput.ReadUntilAsync(process.StandardOutput, "leadqual serve:", TimeSpan.FromSeconds(30));
            Assert.Contains("engine llm (test/model)", banner, StringComparison.Ordinal);
            using var client = new HttpClient { BaseAddress = ServeBanner.Address(banner), Timeout = TimeSpan.FromMinutes(1) };
            var resume = await client.PostAsJsonAsync("/resumes", new { resume_id = "maya", text = await File.ReadAllTextAsync(Example("resume-maya-chen.md")), master = true });
            Assert.True(resume.IsSuccessStatusCode, await resume.Content.ReadAsStringAsync());

            var response = await client.PostAsJsonAsync("/html_extract", new { html = await File.ReadAllTextAsync(Example("job-page-analytics-engineer.html")) });

            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, body);
            using var json = JsonDocument.Parse(body);
            Assert.Equal("llm", json.RootElement.GetProperty("data").GetProperty("engine").GetString());
            Assert.Equal(4, Server.ChatRequests.Count);
            var rows = await RunsAsync();
            Assert.Equal(["ja_2_1_assessment", "ja_2_2_assessment", "ja_2_3_assessment", "ja_3_1_assessment"], rows.Select(r => r.Type).Order(StringComparer.Ordinal));
            Assert.All(rows, r => Assert.True(r.InputTokens > 0 && r.OutputTokens > 0, r.Type));
            Assert.All(rows, r => Assert.Equal(FakeOpenAiServer.ServedModel, r.Model));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task OpenRouterCredits_LlmEngineOnOpenRouterWithKey_ReportsTheBalance()
    {
        using var process = Serve(new Dictionary<string, string> { ["OPENROUTER_API_KEY"] = Key }, "--provider", "openrouter");
        try
        {
            var banner = await ProcessOutput.ReadUntilAsync(process.StandardOutput, "leadqual serve:", TimeSpan.FromSeconds(30));
            using var client = new HttpClient();

            var body = await client.GetStringAsync(new Uri(ServeBanner.Address(banner), "/openrouter_credits"));

            using var json = JsonDocument.Parse(body);
            Assert.Equal("success", json.RootElement.GetProperty("status").GetString());
            Assert.Equal(18.75, json.RootElement.GetProperty("data").GetProperty("remaining").GetDouble(), 3);
            Assert.All(Server.Requests, r => Assert.Equal($"Bearer {Key}", r.Authorization));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private Process Serve(IReadOnlyDictionary<string, string> environment, params string[] engine)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "leadqual.dll"), "serve", "--urls", ServeBanner.AnyLoopbackPort, "--db", Db, "--engine", "llm", "--base-url", Server.BaseUrl.ToString() }.Concat(engine))
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    private async Task<List<(string Type, string Model, long InputTokens, long OutputTokens)>> RunsAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={Db}");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT llm_run_type, llm_run_model_id, llm_run_input_tokens, llm_run_output_tokens FROM llm_runs_v2";
        var rows = new List<(string, string, long, long)>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add((reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3)));
        }

        return rows;
    }
}
