using System.Text.Json.Nodes;

namespace LeadQual.Cli.Tests;

public sealed class EvalBaselineTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("leadqual-gate-").FullName;

    [Fact]
    public async Task Eval_CommittedBaseline_PassesOnTheOfflineEngine()
    {
        var root = CliRunner.RepositoryRoot();

        var (code, output, error) = await CliRunner.RunAsync("eval", "--data", Path.Combine(root, "eval-data"), "--out", Path.Combine(folder, "out"), "--db", Path.Combine(folder, "x.db"), "--baseline", Path.Combine(root, "eval-data", "baseline.json"));

        Assert.True(code == 0, error + output);
        Assert.Contains("baseline gate", output, StringComparison.Ordinal);
        Assert.DoesNotContain("regressed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_MetricBelowBaseline_ExitsThreeWithTheRegressionTable()
    {
        var root = CliRunner.RepositoryRoot();
        var baseline = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(root, "eval-data", "baseline.json")))!;
        var precision = baseline["metrics"]!.AsArray().First(m => (string?)m!["path"] == "assessment.precision")!;
        precision["value"] = 1.0;
        precision["tolerance"] = 0.0;
        var path = Path.Combine(folder, "baseline.json");
        await File.WriteAllTextAsync(path, baseline.ToJsonString());

        var (code, output, error) = await CliRunner.RunAsync("eval", "--data", Path.Combine(root, "eval-data"), "--out", Path.Combine(folder, "out"), "--db", Path.Combine(folder, "x.db"), "--baseline", path);

        Assert.Equal(3, code);
        Assert.Contains("assessment.precision", output, StringComparison.Ordinal);
        Assert.Contains("regressed", output, StringComparison.Ordinal);
        Assert.Contains("1 metric(s) regressed", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_WriteBaseline_WritesAFileTheGatePassesAgainst()
    {
        var root = CliRunner.RepositoryRoot();
        var path = Path.Combine(folder, "new-baseline.json");

        var (code, _, error) = await CliRunner.RunAsync("eval", "--data", Path.Combine(root, "eval-data"), "--out", Path.Combine(folder, "out1"), "--db", Path.Combine(folder, "x.db"), "--write-baseline", path);
        Assert.True(code == 0, error);
        var written = JsonNode.Parse(await File.ReadAllTextAsync(path))!;
        Assert.Equal("offline", (string?)written["engine"]);
        Assert.Contains(written["metrics"]!.AsArray(), m => (string?)m!["path"] == "assessment.precision");

        var (again, output, _) = await CliRunner.RunAsync("eval", "--data", Path.Combine(root, "eval-data"), "--out", Path.Combine(folder, "out2"), "--db", Path.Combine(folder, "x.db"), "--baseline", path);
        Assert.Equal(0, again);
        Assert.DoesNotContain("regressed", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_MissingDataFolder_OneLineError()
    {
        var missing = Path.Combine(folder, "nope");

        var (code, _, error) = await CliRunner.RunAsync("eval", "--data", missing, "--out", Path.Combine(folder, "out"), "--db", Path.Combine(folder, "x.db"));

        Assert.Equal(1, code);
        Assert.StartsWith($"error: {missing}", error.Trim(), StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
