using LeadQual.Cli.Tests.Support;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace LeadQual.Cli.Tests;

public sealed class ProfileCommandTests : IDisposable
{
    private const string Resume = """
        Dana Whitfield
        dana.whitfield@example.com

        SUMMARY
        Site reliability engineer keeping payment systems up.

        EXPERIENCE
        Senior Site Reliability Engineer, Tailspin Pay
        Feb 2021 - Present
        - On-call for a 24/7 payments service and ran incident postmortems
        - Managed a team of 4 engineers; moved services to Kubernetes on AWS
        - Wrote Terraform modules for every environment

        Site Reliability Engineer, Tailspin Pay
        Jul 2018 - Jan 2021
        - Built Grafana dashboards and alerting rules for the ledger
        - Automated deployments with Go tooling

        EDUCATION
        B.S. Computer Science, Georgia Tech

        SKILLS
        Kubernetes, AWS, Terraform, Go, Python, PostgreSQL
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("leadqual-profile-cli-").FullName;

    private string Db => Path.Combine(folder, "leadqual.db");

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, "resumes", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Profile_OneResume_PrintsSkillsTrajectoryAndSummary()
    {
        var path = Write("dana.md", Resume);

        var (code, output, error) = await CliRunner.RunAsync("profile", "--resume", path, "--db", Db);

        Assert.True(code == 0, error);
        Assert.Contains("Kubernetes", output, StringComparison.Ordinal);
        Assert.Contains("Incident response", output, StringComparison.Ordinal);
        Assert.Contains("Senior Site Reliability Engineer, Tailspin Pay", output, StringComparison.Ordinal);
        Assert.Contains("Promotions: 1", output, StringComparison.Ordinal);
        Assert.Contains("1 profiled, 0 quarantined", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_Json_PrintsTheProfileShapeInSnakeCase()
    {
        var path = Write("dana.md", Resume);

        var (code, output, _) = await CliRunner.RunAsync("profile", "--resume", path, "--db", Db, "--json");

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        foreach (var key in new[] { "resume_id", "explicit_skills", "inferred_skills", "career_trajectory", "leadership_scope", "analysis_confidence", "quality_flags", "content_richness", "highest_degree", "total_years_experience", "max_team_size_led", "processing_metadata" })
        {
            Assert.True(root.TryGetProperty(key, out _), $"missing {key}");
        }

        var inferred = root.GetProperty("inferred_skills")[0];
        var evidence = inferred.GetProperty("evidence")[0];
        Assert.Contains(evidence.GetProperty("section").GetString(), new[] { "experience", "projects", "education", "skills", "summary" });
        Assert.True(evidence.GetProperty("line_start").GetInt32() >= 1);
        Assert.Equal("bachelor", root.GetProperty("highest_degree").GetString());
        Assert.Equal(4, root.GetProperty("max_team_size_led").GetInt32());
        Assert.Equal("offline", root.GetProperty("processing_metadata").GetProperty("engine").GetString());
    }

    [Fact]
    public async Task Profile_FolderWithABadFile_ProfilesTheRestQuarantinesItAndExitsTwo()
    {
        Write("dana.md", Resume);
        Write("blank.txt", "\n\n");
        Write("thin.md", "Sam Ortiz\nWarehouse associate, picked orders.\n");

        var (code, output, _) = await CliRunner.RunAsync("profile", "--resume", Path.Combine(folder, "resumes"), "--db", Db, "--concurrency", "2");

        Assert.Equal(2, code);
        Assert.Contains("2 profiled, 1 quarantined", output, StringComparison.Ordinal);
        Assert.Contains("missing_resume", output, StringComparison.Ordinal);
        Assert.Equal(2L, await Scalar("SELECT COUNT(*) FROM candidate_profiles"));
        Assert.Equal(1L, await Scalar("SELECT COUNT(*) FROM profile_quarantine WHERE resume_id = 'blank' AND profile_quarantine_reason = 'missing_resume'"));
    }

    [Fact]
    public async Task Profile_FolderJson_ListsProfilesAndQuarantined()
    {
        Write("dana.md", Resume);
        Write("blank.txt", " ");

        var (code, output, _) = await CliRunner.RunAsync("profile", "--resume", Path.Combine(folder, "resumes"), "--db", Db, "--json");

        Assert.Equal(2, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("dana", json.RootElement.GetProperty("profiles")[0].GetProperty("resume_id").GetString());
        Assert.Equal("missing_resume", json.RootElement.GetProperty("quarantined")[0].GetProperty("reason").GetString());
    }

    [Fact]
    public async Task Profile_SingleEmptyResume_OneLineErrorAndQuarantine()
    {
        var path = Write("blank.txt", "   ");

        var (code, _, error) = await CliRunner.RunAsync("profile", "--resume", path, "--db", Db);

        Assert.Equal(1, code);
        Assert.Contains("blank.txt: file has no text", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal(1L, await Scalar("SELECT COUNT(*) FROM profile_quarantine"));
    }

    [Fact]
    public async Task Profile_MissingPath_ExitsOneWithoutStackTrace()
    {
        var missing = Path.Combine(folder, "nowhere");

        var (code, _, error) = await CliRunner.RunAsync("profile", "--resume", missing, "--db", Db);

        Assert.Equal(1, code);
        Assert.Equal($"error: {missing}: file or folder not found", error.Trim());
    }

    private Task<long> Scalar(string sql) => DatabaseProbe.ScalarAsync(Db, sql);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
