using System.Net;
using System.Text.Json;
using LeadQual.Api.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace LeadQual.Api.Tests;

public sealed class HtmlExtractTests
{
    [Fact]
    public async Task HtmlExtract_JsonLdPage_ReturnsTheSeedResponseWithTitleCompanyRatingAndEngine()
    {
        await using var server = await ApiServer.StartAsync();
        await server.RegisterMasterResumeAsync();

        var response = await server.PostJsonAsync("/html_extract", new { html = JobPages.DataEngineerWithJsonLd(), url = "https://careers.northwind.example/jobs/42" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = await ApiServer.ReadJsonAsync(response);
        Assert.Equal("success", root.GetProperty("status").GetString());
        var data = root.GetProperty("data");
        Assert.Equal("Senior Data Engineer", data.GetProperty("job_title").GetString());
        Assert.Equal("Northwind Health", data.GetProperty("job_company").GetString());
        Assert.Contains("Airflow", data.GetProperty("job_description").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://careers.northwind.example/jobs/42", data.GetProperty("job_url").GetString());
        Assert.Equal("alex", data.GetProperty("resume_id").GetString());
        Assert.Equal("offline", data.GetProperty("engine").GetString());
        Assert.StartsWith("offline/", data.GetProperty("model").GetString(), StringComparison.Ordinal);
        Assert.Contains(data.GetProperty("rating").GetString(), new[] { "high", "medium", "low" });
        var required = data.GetProperty("required_qualifications").EnumerateArray().ToList();
        Assert.NotEmpty(required);
        Assert.All(required, q =>
        {
            Assert.False(string.IsNullOrWhiteSpace(q.GetProperty("requirement_string").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(q.GetProperty("match_reasoning").GetString()));
            Assert.True(q.GetProperty("match").ValueKind is JsonValueKind.True or JsonValueKind.False);
        });
        Assert.Contains(required, q => q.GetProperty("requirement_string").GetString()!.Contains("Python", StringComparison.Ordinal) && q.GetProperty("match").GetBoolean());
        Assert.Equal(JsonValueKind.Array, data.GetProperty("additional_qualifications").ValueKind);
        Assert.Contains(data.GetProperty("evaluated_qualifications").EnumerateArray(), q => q.GetProperty("match").ValueKind == JsonValueKind.Null);
        Assert.Equal(1, await server.CountAsync("job_details", "job_assessed_at IS NOT NULL"));
    }

    [Fact]
    public async Task HtmlExtract_PlainPageAmongNoise_KeepsThePostingAndDropsNavCookiesAndFooter()
    {
        await using var server = await ApiServer.StartAsync();
        await server.RegisterMasterResumeAsync();

        var response = await server.PostJsonAsync("/html_extract", new { html = JobPages.BackendEngineerPlain() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var data = (await ApiServer.ReadJsonAsync(response)).GetProperty("data");
        var description = data.GetProperty("job_description").GetString()!;
        Assert.Equal("Backend Engineer (Payments)", data.GetProperty("job_title").GetString());
        Assert.Equal("Acme Pay", data.GetProperty("job_company").GetString());
        Assert.Contains("4+ years of experience with Python", description, StringComparison.Ordinal);
        Assert.DoesNotContain("cookies", description, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Sign in", description, StringComparison.Ordinal);
        Assert.DoesNotContain("All rights reserved", description, StringComparison.Ordinal);
        Assert.DoesNotContain("Forklift", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HtmlExtract_SamePageTwice_IsOneJobWithOneSetOfRequirementRows()
    {
        await using var server = await ApiServer.StartAsync();
        await server.RegisterMasterResumeAsync();
        var page = new { html = JobPages.DataEngineerWithJsonLd() };

        var first = (await ApiServer.ReadJsonAsync(await server.PostJsonAsync("/html_extract", page))).GetProperty("data");
        var second = (await ApiServer.ReadJsonAsync(await server.PostJsonAsync("/html_extract", page))).GetProperty("data");

        Assert.Equal(first.GetProperty("job_id").GetString(), second.GetProperty("job_id").GetString());
        Assert.Equal(1, await server.CountAsync("job_details"));
        Assert.Equal(RowCount(second), await server.CountAsync("job_skills"));
    }

    [Fact]
    public async Task HtmlExtract_SamePageTenTimesAtOnce_IsOneJobWithOneSetOfRequirementRows()
    {
        await using var server = await ApiServer.StartAsync();
        await server.RegisterMasterResumeAsync();
        var page = new { html = JobPages.BackendEngineerPlain() };

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => server.PostJsonAsync("/html_extract", page)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var data = (await ApiServer.ReadJsonAsync(responses[0])).GetProperty("data");
        Assert.Equal(1, await server.CountAsync("job_details"));
        Assert.Equal(RowCount(data), await server.CountAsync("job_skills"));
        Assert.Equal(0, await server.CountAsync("job_quarantine"));
    }

    [Theory]
    [InlineData("{\"html\": \"<html>")]
    [InlineData("{\"html\": <p>unquoted</p>}")]
    [InlineData("not json at all")]
    [InlineData("[1, 2, 3]")]
    public async Task HtmlExtract_MalformedJson_Answers400ProblemJsonAndStoresNothing(string body)
    {
        await using var server = await ApiServer.StartAsync();

        var response = await server.PostRawAsync("/html_extract", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("JSON", (await ApiServer.ReadJsonAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(0, await server.CountAsync("job_details"));
    }

    [Fact]
    public async Task HtmlExtract_NoHtmlField_Answers400NamingTheField()
    {
        await using var server = await ApiServer.StartAsync();

        var response = await server.PostJsonAsync("/html_extract", new { url = "https://example.com/job" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("html is required", (await ApiServer.ReadJsonAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HtmlExtract_NotJsonContentType_Answers415()
    {
        await using var server = await ApiServer.StartAsync();

        var response = await server.PostRawAsync("/html_extract", JobPages.BackendEngineerPlain(), "text/html");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task HtmlExtract_RelativeUrl_Answers400()
    {
        await using var server = await ApiServer.StartAsync();

        var response = await server.PostJsonAsync("/html_extract", new { html = JobPages.BackendEngineerPlain(), url = "/jobs/42" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task HtmlExtract_PageWithOnlyNavigationAndFooter_Answers422AndQuarantinesMissingJobDescription()
    {
        await using var server = await ApiServer.StartAsync();
        await server.RegisterMasterResumeAsync();

        var response = await server.PostJsonAsync("/html_extract", new { html = JobPages.NoDescription(), url = "https://careers.example/jobs/gone" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await ApiServer.ReadJsonAsync(response);
        Assert.Equal("missing_job_description", problem.GetProperty("reason").GetString());
        Assert.Equal(1, await server.CountAsync("job_quarantine", "job_quarantine_reason = 'missing_job_description'"));
        Assert.Equal(0, await server.CountAsync("job_details"));
    }

    [Fact]
    public async Task HtmlExtract_ExpiredPageWithNoRequirement_Answers422AndQuarantinesMissingJobDescription()
    {
        await using var server = await ApiServer.StartAsync();
        await server.RegisterMasterResumeAsync();

        var response = await server.PostJsonAsync("/html_extract", new { html = JobPages.Expired() });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal(1, await server.CountAsync("job_quarantine", "job_quarantine_reason = 'missing_job_description'"));
    }

    [Fact]
    public async Task HtmlExtract_NoMasterResume_Answers409QuarantinesMissingResumeAndKeepsTheJobForLater()
    {
        await using var server = await ApiServer.StartAsync();

        var response = await server.PostJsonAsync("/html_extract", new { html = JobPages.DataEngineerWithJsonLd() });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var problem = await ApiServer.ReadJsonAsync(response);
        Assert.Equal("missing_resume", problem.GetProperty("reason").GetString());
        Assert.Contains("POST /resumes", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(1, await server.CountAsync("job_quarantine", "job_quarantine_reason = 'missing_resume'"));

        await server.RegisterMasterResumeAsync();
        var retry = await server.PostJsonAsync("/regenerate_job_assessment", new { job_id = problem.GetProperty("job_id").GetString() });
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
    }

    [Fact]
    public async Task HtmlExtract_UnknownResumeId_Answers404()
    {
        await using var server = await ApiServer.StartAsync();
        await server.RegisterMasterResumeAsync();

        var response = await server.PostJsonAsync("/html_extract", new { html = JobPages.BackendEngineerPlain(), resume_id = "nobody" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("nobody", (await ApiServer.ReadJsonAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HtmlExtract_NamedResume_IsAssessedAgainstThatResumeNotTheMaster()
    {
        await using var server = await ApiServer.StartAsync();
        await server.RegisterMasterResumeAsync();
        await server.PostJsonAsync("/resumes", new { resume_id = "sam", text = SampleResumes.Barista });

        var master = (await ApiServer.ReadJsonAsync(await server.PostJsonAsync("/html_extract", new { html = JobPages.DataEngineerWithJsonLd() }))).GetProperty("data");
        var barista = (await ApiServer.ReadJsonAsync(await server.PostJsonAsync("/html_extract", new { html = JobPages.DataEngineerWithJsonLd(), resume_id = "sam" }))).GetProperty("data");

        Assert.Equal("sam", barista.GetProperty("resume_id").GetString());
        Assert.Equal("low", barista.GetProperty("rating").GetString());
        Assert.True(master.GetProperty("match_percentage").GetDouble() > barista.GetProperty("match_percentage").GetDouble());
        Assert.Equal(1, await server.CountAsync("job_details"));
        Assert.Equal(RowCount(master) + RowCount(barista), await server.CountAsync("job_skills"));
    }

    [Fact]
    public async Task HtmlExtract_BodyOverTwoMegabytes_Answers413AndStoresNothing()
    {
        await using var server = await ApiServer.StartAsync();
        await server.RegisterMasterResumeAsync();
        var padding = new string('x', 3 * 1024 * 1024);

        var response = await server.PostJsonAsync("/html_extract", new { html = JobPages.BackendEngineerPlain().Replace("</footer>", $"<!-- {padding} --></footer>", StringComparison.Ordinal) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, await server.CountAsync("job_details"));
    }

    [Fact]
    public async Task HtmlExtract_EngineFails_Answers502AndQuarantinesFailedGenerateAssessment()
    {
        var engine = new SwitchableEngineFactory { Failing = true };
        await using var server = await ApiServer.StartAsync(services: s => s.AddSingleton<LeadQual.Engines.IAssessmentEngineFactory>(engine));
        await server.RegisterMasterResumeAsync();

        var response = await server.PostJsonAsync("/html_extract", new { html = JobPages.BackendEngineerPlain() });

        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Equal("failed_generate_assessment", (await ApiServer.ReadJsonAsync(response)).GetProperty("reason").GetString());
        Assert.Equal(1, await server.CountAsync("job_quarantine", "job_quarantine_reason = 'failed_generate_assessment'"));
        Assert.Equal(0, await server.CountAsync("job_skills"));
    }

    internal static long RowCount(JsonElement data) =>
        data.GetProperty("required_qualifications").GetArrayLength() + data.GetProperty("additional_qualifications").GetArrayLength() + data.GetProperty("evaluated_qualifications").GetArrayLength();
}
