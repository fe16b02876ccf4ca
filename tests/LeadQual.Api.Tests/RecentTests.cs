using System.Net;
using System.Text.Json;
using LeadQual.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace LeadQual.Api.Tests;

public sealed class RecentTests
{
    [Fact]
    public async Task JobsRecent_AfterTwoPages_ListsBothNewestFirstWithTheirMatchSummary()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));
        await using var server = await ApiServer.StartAsync(services: s => s.AddSingleton<TimeProvider>(clock));
        await server.RegisterMasterResumeAsync();
        await server.PostJsonAsync("/html_extract", new { html = JobPages.DataEngineerWithJsonLd() });
        clock.Advance(TimeSpan.FromHours(1));
        await server.PostJsonAsync("/html_extract", new { html = JobPages.BackendEngineerPlain() });

        var response = await server.Client.GetAsync("/jobs_recent?days_back=5&limit=300");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = await ApiServer.ReadJsonAsync(response);
        Assert.Equal("success", root.GetProperty("status").GetString());
        var jobs = root.GetProperty("data").EnumerateArray().ToList();
        Assert.Equal(["Backend Engineer (Payments)", "Senior Data Engineer"], jobs.Select(j => j.GetProperty("job_title").GetString()));
        var job = jobs[1];
        Assert.Equal("Northwind Health", job.GetProperty("job_company").GetString());
        Assert.Equal("alex", job.GetProperty("resume_id").GetString());
        Assert.Equal("offline", job.GetProperty("engine").GetString());
        Assert.True(job.GetProperty("required_count").GetInt32() > 0);
        Assert.InRange(job.GetProperty("required_matched").GetInt32(), 1, job.GetProperty("required_count").GetInt32());
        Assert.Contains(job.GetProperty("rating").GetString(), new[] { "high", "medium", "low" });
        Assert.All(jobs, j => Assert.Equal(
            j.GetProperty("match_percentage").GetDouble(),
            (double)j.GetProperty("required_matched").GetInt32() / j.GetProperty("required_count").GetInt32(),
            precision: 3));
    }

    [Fact]
    public async Task JobsRecent_DaysBack_LeavesOutOlderJobsAndLimitCaps()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero));
        await using var server = await ApiServer.StartAsync(services: s => s.AddSingleton<TimeProvider>(clock));
        await server.RegisterMasterResumeAsync();
        await server.PostJsonAsync("/html_extract", new { html = JobPages.Numbered(1) });
        clock.Advance(TimeSpan.FromDays(10));
        await server.PostJsonAsync("/html_extract", new { html = JobPages.Numbered(2) });
        await server.PostJsonAsync("/html_extract", new { html = JobPages.Numbered(3) });

        var lastFiveDays = await Data(server, "/jobs_recent?days_back=5");
        var all = await Data(server, "/jobs_recent?days_back=30");
        var one = await Data(server, "/jobs_recent?days_back=30&limit=1");

        Assert.Equal(2, lastFiveDays.GetArrayLength());
        Assert.Equal(3, all.GetArrayLength());
        Assert.Equal(1, one.GetArrayLength());
    }

    [Fact]
    public async Task JobSkillsRecent_ListsTheRequirementRowsWithTheSeedColumnNames()
    {
        await using var server = await ApiServer.StartAsync();
        await server.RegisterMasterResumeAsync();
        var assessed = (await ApiServer.ReadJsonAsync(await server.PostJsonAsync("/html_extract", new { html = JobPages.DataEngineerWithJsonLd() }))).GetProperty("data");

        var skills = (await Data(server, "/job_skills_recent?days_back=1&limit=300")).EnumerateArray().ToList();

        Assert.Equal(HtmlExtractTests.RowCount(assessed), skills.Count);
        var first = skills[0];
        foreach (var column in new[] { "job_skill_id", "job_id", "job_skills_atomic_string", "job_skills_type", "job_skills_match_reasoning", "job_skills_match", "job_skills_resume_id", "job_title", "job_company" })
        {
            Assert.True(first.TryGetProperty(column, out _), $"missing {column}");
        }

        Assert.Equal(
            assessed.GetProperty("required_qualifications")[0].GetProperty("requirement_string").GetString(),
            first.GetProperty("job_skills_atomic_string").GetString());
        Assert.Contains(skills, s => s.GetProperty("job_skills_type").GetString() == "evaluated_qualification" && s.GetProperty("job_skills_match").ValueKind == JsonValueKind.Null);
    }

    [Theory]
    [InlineData("/jobs_recent?days_back=-1")]
    [InlineData("/jobs_recent?days_back=100000")]
    [InlineData("/jobs_recent?days_back=abc")]
    [InlineData("/jobs_recent?limit=0")]
    [InlineData("/jobs_recent?limit=-5")]
    [InlineData("/jobs_recent?limit=1000000")]
    [InlineData("/jobs_recent?limit=99999999999999999999")]
    [InlineData("/job_skills_recent?days_back=-1")]
    [InlineData("/job_skills_recent?days_back=5000")]
    [InlineData("/job_skills_recent?limit=0")]
    [InlineData("/job_skills_recent?limit=1.5")]
    [InlineData("/quarantine?limit=-1")]
    public async Task Recent_BadParameter_Answers400NamingIt(string path)
    {
        await using var server = await ApiServer.StartAsync();

        var response = await server.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var name = path.Contains("days_back", StringComparison.Ordinal) ? "days_back" : "limit";
        Assert.Contains(name, (await ApiServer.ReadJsonAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quarantine_ListsQuarantinedJobsWithTheSeedReasonCodes()
    {
        await using var server = await ApiServer.StartAsync();
        await server.PostJsonAsync("/html_extract", new { html = JobPages.BackendEngineerPlain() });
        await server.RegisterMasterResumeAsync();
        await server.PostJsonAsync("/html_extract", new { html = JobPages.NoDescription() });

        var entries = (await Data(server, "/quarantine")).EnumerateArray().ToList();

        Assert.Equal(2, entries.Count);
        Assert.Equal(
            ["missing_job_description", "missing_resume"],
            entries.Select(e => e.GetProperty("job_quarantine_reason").GetString()).Order(StringComparer.Ordinal));
        Assert.All(entries, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("job_quarantine_detail").GetString())));
    }

    private static async Task<JsonElement> Data(ApiServer server, string path)
    {
        var response = await server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await ApiServer.ReadJsonAsync(response)).GetProperty("data");
    }
}
