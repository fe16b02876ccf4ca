using System.Net;
using LeadQual.Api.Tests.Support;

namespace LeadQual.Api.Tests;

public sealed class OpenApiAndCreditsTests
{
    [Fact]
    public async Task OpenApi_Document_DescribesEveryEndpointWithSnakeCaseFields()
    {
        await using var server = await ApiServer.StartAsync();

        var response = await server.Client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var document = await ApiServer.ReadJsonAsync(response);
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        foreach (var path in new[] { "/html_extract", "/regenerate_job_assessment", "/jobs_recent", "/job_skills_recent", "/openrouter_credits", "/quarantine", "/resumes", "/resumes/{resume_id}/master" })
        {
            Assert.Contains(path, paths);
        }

        var request = document.GetProperty("components").GetProperty("schemas").GetProperty("HtmlExtractRequest").GetProperty("properties");
        Assert.True(request.TryGetProperty("resume_id", out _));
    }

    [Fact]
    public async Task Credits_OfflineEngine_AnswersUnavailableWithAMessageNamingTheEngine()
    {
        await using var server = await ApiServer.StartAsync();

        var response = await server.Client.GetAsync("/openrouter_credits");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = await ApiServer.ReadJsonAsync(response);
        Assert.Equal("unavailable", root.GetProperty("status").GetString());
        Assert.Contains("no provider configured", root.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("offline", root.GetProperty("data").GetProperty("engine").GetString());
    }
}
