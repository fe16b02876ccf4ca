using LeadQual.Engines.Offline;
using LeadQual.Cli.Tests.Support;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace LeadQual.Cli.Tests;

public sealed class AssessCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("leadqual-cli-").FullName;

    private string Db => Path.Combine(folder, "leadqual.db");

    private static string Example(string name) => Path.Combine(CliRunner.RepositoryRoot(), "examples", name);

    [Fact]
    public async Task Assess_Examples_PrintsTheTableTheRatingAndTheEngine()
    {
        var (code, output, error) = await CliRunner.RunAsync("assess", "--job", Example("job-senior-data-analyst.md"), "--resume", Example("resume-maya-chen.md"), "--db", Db);

        Assert.True(code == 0, error);
        Assert.Contains("Rating:", output, StringComparison.Ordinal);
        Assert.Contains($"offline/{OfflineEngine.Version}", output, StringComparison.Ordinal);
        Assert.Contains("Bachelor's degree", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_Json_PrintsTheSeedResponseShape()
    {
        var (code, output, _) = await CliRunner.RunAsync("assess", "--job", Example("job-senior-data-analyst.md"), "--resume", Example("resume-maya-chen.md"), "--db", Db, "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        foreach (var key in new[] { "job_id", "job_title", "required_qualifications", "additional_qualifications", "evaluated_qualifications", "match_percentage", "rating", "engine", "model" })
        {
            Assert.True(root.TryGetProperty(key, out _), $"missing {key}");
        }

        var item = root.GetProperty("required_qualifications")[0];
        foreach (var key in new[] { "requirement_string", "match_reasoning", "match", "confidence", "evidence", "any_of" })
        {
            Assert.True(item.TryGetProperty(key, out _), $"missing {key}");
        }

        Assert.Contains(root.GetProperty("rating").GetString(), new[] { "high", "medium", "low" });
    }

    [Fact]
    public async Task Assess_MissingJobFile_OneLineErrorNoStackTrace()
    {
        var missing = Path.Combine(folder, "missing.md");

        var (code, _, error) = await CliRunner.RunAsync("assess", "--job", missing, "--resume", Example("resume-maya-chen.md"), "--db", Db);

        Assert.Equal(1, code);
        Assert.Equal($"error: {missing}: file not found", error.Trim());
    }

    [Fact]
    public async Task Assess_EmptyPosting_ErrorsAndQuarantinesTheJob()
    {
        var empty = Path.Combine(folder, "empty.md");
        await File.WriteAllTextAsync(empty, "\n\n");

        var (code, _, error) = await CliRunner.RunAsync("assess", "--job", empty, "--resume", Example("resume-maya-chen.md"), "--db", Db);

        Assert.Equal(1, code);
        Assert.Contains("empty.md: file has no text", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal(1L, await Scalar("SELECT COUNT(*) FROM job_quarantine WHERE job_quarantine_reason = 'missing_job_description'"));
    }

    [Fact]
    public async Task Assess_PostingWithNoRequirement_ExitsTwoAndQuarantines()
    {
        var blurb = Path.Combine(folder, "blurb.md");
        await File.WriteAllTextAsync(blurb, "# Barista\nWe are a friendly cafe. Come say hi!\n");

        var (code, _, error) = await CliRunner.RunAsync("assess", "--job", blurb, "--resume", Example("resume-maya-chen.md"), "--db", Db);

        Assert.Equal(2, code);
        Assert.Contains("missing_job_description", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Assess_ResumeWithNoText_ErrorsAndQuarantinesAsMissingResume()
    {
        var resume = Path.Combine(folder, "blank.txt");
        await File.WriteAllTextAsync(resume, "   ");

        var (code, _, error) = await CliRunner.RunAsync("assess", "--job", Example("job-senior-data-analyst.md"), "--resume", resume, "--db", Db);

        Assert.Equal(1, code);
        Assert.Contains("blank.txt: file has no text", error, StringComparison.Ordinal);
        Assert.Equal(1L, await Scalar("SELECT COUNT(*) FROM job_quarantine WHERE job_quarantine_reason = 'missing_resume'"));
    }

    [Fact]
    public async Task Decompose_Json_ListsClassifiedObjectsWithAnyOf()
    {
        var (code, output, _) = await CliRunner.RunAsync("decompose", "--job", Example("job-senior-data-analyst.md"), "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var items = json.RootElement.GetProperty("classified_objects").EnumerateArray().ToList();
        Assert.NotEmpty(items);
        Assert.All(items, i => Assert.True(i.TryGetProperty("any_of", out _)));
        Assert.Contains(items, i => i.GetProperty("any_of").ValueKind == JsonValueKind.String);
    }

    private Task<long> Scalar(string sql) => DatabaseProbe.ScalarAsync(Db, sql);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
