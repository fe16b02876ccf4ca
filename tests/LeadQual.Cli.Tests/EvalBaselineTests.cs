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
    public async Task Eval_MetricBelowItsHardFloor_ExitsThreeWithTheRegressionTableJUnitAndSummary()
    {
        var root = CliRunner.RepositoryRoot();
        var baseline = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(root, "eval-data", "baseline.json")))!;
        var precision = baseline["metrics"]!.AsArray().First(m => (string?)m!["path"] == "assessment.precision")!;
        precision["floor"] = 0.99;
        var path = Path.Combine(folder, "baseline.json");
        await File.WriteAllTextAsync(path, baseline.ToJsonString());
        File.Copy(Path.Combine(root, "eval-data", "baseline-units.json"), Path.Combine(folder, "baseline-units.json"));
        var junit = Path.Combine(folder, "gate.xml");
        var summary = Path.Combine(folder, "summary.md");

        var (code, output, error) = await CliRunner.RunAsync("eval", "--data", Path.Combine(root, "eval-data"), "--out", Path.Combine(folder, "out"), "--db", Path.Combine(folder, "x.db"), "--baseline", path, "--junit", junit, "--summary", summary);

        Assert.Equal(3, code);
        Assert.Contains("assessment.precision", output, StringComparison.Ordinal);
        Assert.Contains("regressed", output, StringComparison.Ordinal);
        Assert.Contains("1 metric(s) regressed", error, StringComparison.Ordinal);
        var xml = System.Xml.Linq.XDocument.Load(junit);
        var failure = Assert.Single(xml.Descendants("failure"));
        Assert.Equal("assessment.precision", (string?)failure.Parent!.Attribute("name"));
        Assert.Contains("hard floor 0.990", (string?)failure.Attribute("message"), StringComparison.Ordinal);
        Assert.Equal("17", (string?)xml.Descendants("testsuite").Single().Attribute("tests"));
        var markdown = await File.ReadAllTextAsync(summary);
        Assert.Contains("1 metric(s) regressed", markdown, StringComparison.Ordinal);
        var precisionRow = markdown.Split('\n').Single(l => l.StartsWith("| assessment.precision |", StringComparison.Ordinal));
        Assert.EndsWith("| 0.000 | [0.000, 0.000] | 0.005 | **regressed** |", precisionRow.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_BaselineWhoseUnitsFileIsMissing_OneLineErrorNamingIt()
    {
        var root = CliRunner.RepositoryRoot();
        var path = Path.Combine(folder, "baseline.json");
        File.Copy(Path.Combine(root, "eval-data", "baseline.json"), path);

        var (code, _, error) = await CliRunner.RunAsync("eval", "--data", Path.Combine(root, "eval-data"), "--out", Path.Combine(folder, "out"), "--db", Path.Combine(folder, "x.db"), "--baseline", path);

        Assert.Equal(1, code);
        Assert.Contains("baseline-units.json", error, StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
        Assert.False(Directory.Exists(Path.Combine(folder, "out")), "the baseline is read before the run");
    }

    [Fact]
    public async Task Eval_JUnitWithoutBaseline_IsBadInput()
    {
        var (code, _, error) = await CliRunner.RunAsync("eval", "--out", Path.Combine(folder, "out"), "--db", Path.Combine(folder, "x.db"), "--junit", Path.Combine(folder, "gate.xml"));

        Assert.Equal(1, code);
        Assert.Contains("--junit", error, StringComparison.Ordinal);
        Assert.Contains("needs --baseline", error, StringComparison.Ordinal);
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
        Assert.Equal("new-baseline-units.json", (string?)written["units"]);
        Assert.True(File.Exists(Path.Combine(folder, "new-baseline-units.json")));
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
