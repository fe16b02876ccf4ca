using System.Net;
using LeadQual.Api.Tests.Support;
using LeadQual.Engines;
using LeadQual.FakeOpenAI;
using Microsoft.Extensions.DependencyInjection;

namespace LeadQual.Api.Tests;

public sealed class RegenerateTests
{
    [Fact]
    public async Task Regenerate_StoredJob_ReplacesTheRequirementRowsAndRecordsTheNewRuns()
    {
        await using var server = await ApiServer.StartAsync();
        await server.RegisterMasterResumeAsync();
        var first = (await ApiServer.ReadJsonAsync(await server.PostJsonAsync("/html_extract", new { html = JobPages.DataEngineerWithJsonLd() }))).GetProperty("data");
        var jobId = first.GetProperty("job_id").GetString();

        var response = await server.PostJsonAsync("/regenerate_job_assessment", new { job_id = jobId });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = await ApiServer.ReadJsonAsync(response);
        Assert.Equal("success", root.GetProperty("status").GetString());
        var data = root.GetProperty("data");
        Assert.Equal(jobId, data.GetProperty("job_id").GetString());
        Assert.Equal(first.GetProperty("rating").GetString(), data.GetProperty("rating").GetString());
        Assert.Equal("Senior Data Engineer", data.GetProperty("job_title").GetString());
        Assert.Equal(HtmlExtractTests.RowCount(data), await server.CountAsync("job_skills"));
        Assert.Equal(8, await server.CountAsync("llm_runs_v2", $"job_id = '{jobId}'"));
    }

    [Fact]
    public async Task Regenerate_WithAnotherResume_AssessesAgainstIt()
    {
        await using var server = await ApiServer.StartAsync();
        await server.RegisterMasterResumeAsync();
        await server.PostJsonAsync("/resumes", new { resume_id = "sam", text = SampleResumes.Barista });
        var jobId = (await ApiServer.ReadJsonAsync(await server.PostJsonAsync("/html_extract", new { html = JobPages.DataEngineerWithJsonLd() }))).GetProperty("data").GetProperty("job_id").GetString();

        var data = (await ApiServer.ReadJsonAsync(await server.PostJsonAsync("/regenerate_job_assessment", new { job_id = jobId, resume_id = "sam" }))).GetProperty("data");

        Assert.Equal("sam", data.GetProperty("resume_id").GetString());
        Assert.Equal("low", data.GetProperty("rating").GetString());
    }

    [Fact]
    public async Task Regenerate_UnknownJob_Answers404ProblemJson()
    {
        await using var server = await ApiServer.StartAsync();
        await server.RegisterMasterResumeAsync();

        var response = await server.PostJsonAsync("/regenerate_job_assessment", new { job_id = "0123456789abcdef" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("0123456789abcdef", (await ApiServer.ReadJsonAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Regenerate_NoJobId_Answers400()
    {
        await using var server = await ApiServer.StartAsync();

        var response = await server.PostJsonAsync("/regenerate_job_assessment", new { resume_id = "alex" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Regenerate_MalformedJson_Answers400()
    {
        await using var server = await ApiServer.StartAsync();

        var response = await server.PostRawAsync("/regenerate_job_assessment", "{\"job_id\": ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Regenerate_EngineFails_Answers502AndKeepsThePreviousAssessment()
    {
        var engine = new SwitchableEngineFactory();
        await using var server = await ApiServer.StartAsync(services: s => s.AddSingleton<IAssessmentEngineFactory>(engine));
        await server.RegisterMasterResumeAsync();
        var first = (await ApiServer.ReadJsonAsync(await server.PostJsonAsync("/html_extract", new { html = JobPages.BackendEngineerPlain() }))).GetProperty("data");
        var rows = await server.CountAsync("job_skills");
        engine.Failing = true;

        var response = await server.PostJsonAsync("/regenerate_job_assessment", new { job_id = first.GetProperty("job_id").GetString() });

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal(rows, await server.CountAsync("job_skills"));
        Assert.Equal(HtmlExtractTests.RowCount(first), rows);
        Assert.Equal(1, await server.CountAsync("job_details", "job_rating IS NOT NULL"));
        Assert.Equal(1, await server.CountAsync("job_quarantine", "job_quarantine_reason = 'failed_generate_assessment'"));
    }

    [Fact]
    public async Task Regenerate_LlmEngineAfterAProviderOutage_StoresTheModelsAssessmentAndTracksItsCalls()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        await using var server = await ApiServer.StartAsync(services: FakeLlmEngine.Against(fake));
        await server.RegisterMasterResumeAsync();
        fake.EveryRequest = FakeFault.Http(400);
        var failed = await server.PostJsonAsync("/html_extract", new { html = JobPages.DataEngineerWithJsonLd() });
        var jobId = (await ApiServer.ReadJsonAsync(failed)).GetProperty("job_id").GetString();
        Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
        fake.EveryRequest = null;
        var sentBefore = fake.ChatRequests.Count;

        var response = await server.PostJsonAsync("/regenerate_job_assessment", new { job_id = jobId });

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        var data = (await ApiServer.ReadJsonAsync(response)).GetProperty("data");
        Assert.Equal(jobId, data.GetProperty("job_id").GetString());
        Assert.Equal("llm", data.GetProperty("engine").GetString());
        Assert.Equal(FakeLlmEngine.Model, data.GetProperty("model").GetString());
        Assert.Contains(data.GetProperty("rating").GetString(), new[] { "high", "medium", "low" });
        Assert.Equal(4, fake.ChatRequests.Count - sentBefore);
        Assert.Equal(1, await server.CountAsync("job_details", $"job_id = '{jobId}' AND job_rating IS NOT NULL AND job_engine = 'llm' AND job_model = '{FakeLlmEngine.Model}'"));
        Assert.Equal(HtmlExtractTests.RowCount(data), await server.CountAsync("job_skills", $"job_id = '{jobId}'"));
        var answered = await server.CountAsync("llm_runs_v2", $"job_id = '{jobId}' AND llm_run_error IS NULL AND llm_run_attempt > 0 AND llm_run_engine = 'llm' AND llm_run_model_id = '{FakeOpenAiServer.ServedModel}' AND llm_run_input_tokens > 0");
        Assert.Equal(4, answered);
    }
}
