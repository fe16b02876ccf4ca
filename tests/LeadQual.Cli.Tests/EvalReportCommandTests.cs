using LeadQual.Engines.Offline;

namespace LeadQual.Cli.Tests;

public sealed class EvalReportCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("leadqual-cli-report-").FullName;

    private string Db => Path.Combine(folder, "leadqual.db");

    private static string EvalData => Path.Combine(CliRunner.RepositoryRoot(), "eval-data");

    [Fact]
    public async Task Eval_ShippedData_WritesReportHtmlWithTheTrendFromTheSecondRunOn()
    {
        var first = Path.Combine(folder, "first");
        var second = Path.Combine(folder, "second");

        var (code, _, error) = await CliRunner.RunAsync("eval", "--data", EvalData, "--out", first, "--db", Db);
        Assert.True(code == 0, error);
        (code, _, error) = await CliRunner.RunAsync("eval", "--data", EvalData, "--out", second, "--db", Db);
        Assert.True(code == 0, error);

        var firstReport = await File.ReadAllTextAsync(Path.Combine(first, "report.html"));
        var secondReport = await File.ReadAllTextAsync(Path.Combine(second, "report.html"));
        Assert.Contains($"<dd>offline/{OfflineEngine.Version}</dd>", firstReport, StringComparison.Ordinal);
        Assert.DoesNotContain("data-chart=\"trend\"", firstReport, StringComparison.Ordinal);
        Assert.Contains("data-chart=\"trend\"", secondReport, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
