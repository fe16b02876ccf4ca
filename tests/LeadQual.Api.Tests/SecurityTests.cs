using System.Net;
using LeadQual.Api.Tests.Support;

namespace LeadQual.Api.Tests;

public sealed class SecurityTests
{
    private const string Key = "s3cret-key-for-tests";

    [Fact]
    public async Task ApiKey_Set_RequestsWithoutTheRightKeyAre401AndNothingIsStored()
    {
        await using var server = await ApiServer.StartAsync(settings => settings with { ApiKey = Key });

        var missing = await server.PostJsonAsync("/resumes", new { text = SampleResumes.DataEngineer, master = true });
        using var wrong = new HttpRequestMessage(HttpMethod.Get, "/jobs_recent");
        wrong.Headers.Add("X-API-Key", Key + "x");
        var wrongResponse = await server.Client.SendAsync(wrong);
        using var shorter = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        shorter.Headers.Add("X-API-Key", "s3");
        var shorterResponse = await server.Client.SendAsync(shorter);

        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.Unauthorized, wrongResponse.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, shorterResponse.StatusCode);
        Assert.Equal(0, await server.CountAsync("resumes"));
    }

    [Fact]
    public async Task ApiKey_Set_RequestsWithTheKeyAreServed()
    {
        await using var server = await ApiServer.StartAsync(settings => settings with { ApiKey = Key });
        server.Client.DefaultRequestHeaders.Add("X-API-Key", Key);

        await server.RegisterMasterResumeAsync();
        var response = await server.PostJsonAsync("/html_extract", new { html = JobPages.BackendEngineerPlain() });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/jobs_recent")).StatusCode);
    }

    [Fact]
    public async Task ApiKey_NotSet_NoHeaderNeeded()
    {
        await using var server = await ApiServer.StartAsync();

        Assert.Equal(HttpStatusCode.OK, (await server.Client.GetAsync("/jobs_recent")).StatusCode);
    }

    [Fact]
    public async Task Cors_ConfiguredOrigin_PreflightAllowedWithTheKeyHeaderOtherOriginsGetNoGrant()
    {
        await using var server = await ApiServer.StartAsync(settings => settings with { ApiKey = Key, CorsOrigins = ["https://jobs.example.com"] });

        var allowed = await server.Client.SendAsync(Preflight("https://jobs.example.com"));
        var refused = await server.Client.SendAsync(Preflight("https://evil.example.net"));

        Assert.Equal(["https://jobs.example.com"], allowed.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Contains("X-API-Key", string.Join(",", allowed.Headers.GetValues("Access-Control-Allow-Headers")), StringComparison.OrdinalIgnoreCase);
        Assert.False(refused.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Cors_NoOriginConfigured_NoBrowserOriginIsGranted()
    {
        await using var server = await ApiServer.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/jobs_recent");
        request.Headers.Add("Origin", "https://jobs.example.com");

        var response = await server.Client.SendAsync(request);

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task UnknownRoute_Answers404ProblemJson()
    {
        await using var server = await ApiServer.StartAsync();

        var response = await server.Client.GetAsync("/no_such_endpoint");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/html_extract");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key");
        return request;
    }
}
