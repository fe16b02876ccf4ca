using System.Text.Json;
using LeadQual.Cli.Tests.Support;
using LeadQual.FakeOpenAI;
using Xunit.Abstractions;

namespace LeadQual.Cli.Tests;

/// <summary><c>leadqual compare</c> on eval-data/: a run degraded on purpose is worse beyond noise; identical runs show no change.</summary>
public sealed class CompareCommandTests(ComparisonRuns runs, ITestOutputHelper log) : IClassFixture<ComparisonRuns>
{
    [Fact]
    public async Task Compare_OfflineVsDegradedFakeServerRun_ReportsAssessmentWorseWithAnIntervalBelowZero()
    {
        var (code, output, error) = await CliRunner.RunAsync("compare", runs.Offline, runs.Degraded, "--format", "json", "--db", runs.Db);

        Assert.True(code == 0, error + output);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.Equal("offline", root.GetProperty("a").GetProperty("engine").GetString());
        Assert.Equal("llm", root.GetProperty("b").GetProperty("engine").GetString());
        Assert.Equal("test/degraded", root.GetProperty("b").GetProperty("model").GetString());
        var metrics = root.GetProperty("metrics").EnumerateArray().ToDictionary(m => m.GetProperty("path").GetString()!);
        var accuracy = metrics["assessment.accuracy"];
        Assert.Equal("worse", accuracy.GetProperty("verdict").GetString());
        Assert.True(accuracy.GetProperty("interval").GetProperty("high").GetDouble() < 0, accuracy.ToString());
        Assert.Equal(PairFiles(), accuracy.GetProperty("shared_units").GetInt32());
        Assert.Equal("worse", metrics["assessment.brier"].GetProperty("verdict").GetString());

        // The fake degrades step 3.1 only: decomposition and profiles are the offline engine's in both runs.
        Assert.Equal("no detectable change", metrics["decomposition.f1"].GetProperty("verdict").GetString());
        Assert.Equal(0.0, metrics["profile.explicit_skills.f1"].GetProperty("difference").GetDouble());

        var mcnemar = root.GetProperty("mc_nemar");
        // A flipped right decision becomes wrong (about 92 % of them), a flipped wrong one right.
        Assert.True(mcnemar.GetProperty("only_a").GetInt32() > 5 * mcnemar.GetProperty("only_b").GetInt32(), mcnemar.ToString());
        Assert.True(mcnemar.GetProperty("p_value").GetDouble() < 0.001);
        var flips = root.GetProperty("flips").EnumerateArray().ToList();
        Assert.InRange(flips.Count, 150, 380);
        Assert.All(flips, f => Assert.EndsWith(AnswerDegradation.Marker, f.GetProperty("reasoning_b").GetString(), StringComparison.Ordinal));
        Assert.NotEmpty(root.GetProperty("rating_changes").EnumerateArray());

        var (_, table, _) = await CliRunner.RunAsync("compare", runs.Offline, runs.Degraded, "--format", "md", "--db", runs.Db);
        log.WriteLine(table);
        Assert.Contains($"| assessment.accuracy | {PairFiles()} pairs |", table, StringComparison.Ordinal);
        Assert.Contains("**worse**", table, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_TwoIdenticalOfflineRuns_ReportsNoChangeAndExactlyZero()
    {
        var (code, output, error) = await CliRunner.RunAsync("compare", runs.Offline, runs.OfflineAgain, "--format", "md", "--db", runs.Db);

        Assert.True(code == 0, error + output);
        log.WriteLine(output);
        Assert.DoesNotContain("worse", output, StringComparison.Ordinal);
        Assert.DoesNotContain("better", output, StringComparison.Ordinal);
        var accuracyRow = output.Split('\n').Single(l => l.StartsWith($"| assessment.accuracy | {PairFiles()} pairs |", StringComparison.Ordinal));
        Assert.EndsWith("| 0.000 | [0.000, 0.000] | no detectable change |", accuracyRow.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("right only in A 0, right only in B 0, p = 1.0000", output, StringComparison.Ordinal);
        Assert.Contains("**0 pair(s) changed rating**", output, StringComparison.Ordinal);
        Assert.Contains("**0 decision(s) flipped**", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_StoredRunByIdWithItsOwnFolder_ShowsZeroDifferencesInTheTable()
    {
        var (code, output, error) = await CliRunner.RunAsync("compare", runs.OfflineRunId[..8], runs.Offline, "--db", runs.Db);

        Assert.True(code == 0, error + output);
        Assert.Contains("compare: B − A", output, StringComparison.Ordinal);
        Assert.Contains($"A {runs.OfflineRunId[..8]}: offline · offline/", output, StringComparison.Ordinal);
        Assert.DoesNotContain("worse", output, StringComparison.Ordinal);
        Assert.Contains("0 pair(s) changed rating; 0 decision(s) flipped", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Compare_SomethingThatIsNoRun_OneLineErrorNamingIt()
    {
        var missing = Path.Combine(runs.Folder, "nope");

        var (code, _, error) = await CliRunner.RunAsync("compare", runs.Offline, missing, "--db", runs.Db);

        Assert.Equal(1, code);
        Assert.StartsWith($"error: {missing}", error.Trim(), StringComparison.Ordinal);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public async Task Compare_FolderWithoutUnits_SaysWhatIsMissing()
    {
        var empty = Directory.CreateDirectory(Path.Combine(runs.Folder, "empty")).FullName;

        var (code, _, error) = await CliRunner.RunAsync("compare", empty, runs.Offline, "--db", runs.Db);

        Assert.Equal(1, code);
        Assert.Contains("units.json", error, StringComparison.Ordinal);
        Assert.Contains("per-unit results not found", error, StringComparison.Ordinal);
    }

    private static int PairFiles() =>
        Directory.GetFiles(Path.Combine(CliRunner.RepositoryRoot(), "eval-data", "gold", "pairs"), "*.json").Length;
}
