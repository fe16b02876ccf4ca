using System.Text.Json;
using LeadQual.Cli.Tests.Support;

namespace LeadQual.Cli.Tests;

/// <summary><c>eval --repeat N</c> through the fake server on one posting of eval-data/ and its five pairs.</summary>
public sealed class EvalRepeatTests : IAsyncLifetime
{
    private FakeServerWorkspace workspace = null!;

    private string Data => Path.Combine(workspace.Folder, "data");

    private string Out => Path.Combine(workspace.Folder, "out");

    public async Task InitializeAsync()
    {
        workspace = await FakeServerWorkspace.StartAsync("leadqual-cli-repeat-");
        EvalDataSubset.Copy(Data);
    }

    public async Task DisposeAsync() => await workspace.DisposeAsync();

    [Fact]
    public async Task Eval_RepeatTwiceWithTheLlmEngine_AsksAgainInsteadOfAnsweringFromTheCacheAndReportsTheSpread()
    {
        string[] llm = ["--engine", "llm", "--provider", "openai", "--base-url", workspace.Server.BaseUrl.ToString(), "--model", "test/model"];
        var (once, _, onceError) = await CliRunner.RunAsync(["eval", "--data", Data, "--out", Path.Combine(workspace.Folder, "once"), "--db", workspace.Db, .. llm]);
        Assert.True(once == 0, onceError);
        var single = workspace.Server.ChatRequests.Count;

        var (code, output, error) = await CliRunner.RunAsync(["eval", "--data", Data, "--out", Out, "--db", workspace.Db, "--repeat", "2", .. llm]);

        Assert.True(code == 0, error + output);
        // Repeat 1 is answered from the cache the first run filled; repeat 2 must ask the model again for every step.
        Assert.Equal(2 * single, workspace.Server.ChatRequests.Count);
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(Out, "repeats.json")));
        var root = json.RootElement;
        Assert.Equal(2, root.GetProperty("repeats").GetInt32());
        Assert.Equal("test/model", root.GetProperty("model").GetString());
        Assert.True(root.GetProperty("decisions").GetInt32() > 30);
        // The fake answers deterministically, so nothing moves between repeats.
        Assert.Equal(0, root.GetProperty("flipped_decisions").GetInt32());
        Assert.Empty(root.GetProperty("unstable_pairs").EnumerateArray());
        var accuracy = root.GetProperty("metrics").EnumerateArray().Single(m => m.GetProperty("path").GetString() == "assessment.accuracy");
        Assert.Equal(0.0, accuracy.GetProperty("standard_deviation").GetDouble());
        Assert.Equal(2, accuracy.GetProperty("runs").GetInt32());
        Assert.True(File.Exists(Path.Combine(Out, "repeat-2", "metrics.json")));
        Assert.Contains("2 repeats · engine llm · model test/model", output, StringComparison.Ordinal);
        Assert.Contains("decisions flipped between repeats: 0 of", output, StringComparison.Ordinal);
        Assert.Contains("id=\"repeats\"", await File.ReadAllTextAsync(Path.Combine(Out, "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_RepeatZero_IsBadInput()
    {
        var (code, _, error) = await CliRunner.RunAsync("eval", "--data", Data, "--out", Out, "--db", workspace.Db, "--repeat", "0");

        Assert.Equal(1, code);
        Assert.Contains("--repeat: must be at least 1", error, StringComparison.Ordinal);
    }
}
