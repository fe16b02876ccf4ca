using System.Net;
using System.Text.Json;
using LeadQual.Api.Credits;
using LeadQual.Api.Tests.Support;
using LeadQual.FakeOpenAI;
using Microsoft.Extensions.DependencyInjection;

namespace LeadQual.Api.Tests;

public sealed class OpenApiAndCreditsTests
{
    private const string Key = "sk-or-v1-API-CREDITS-KEY-93e1a7";

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
        Assert.True(document.GetProperty("paths").GetProperty("/openrouter_credits").GetProperty("get").GetProperty("responses").TryGetProperty("503", out _));
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

    [Fact]
    public async Task Credits_LlmEngineNotOnOpenRouter_AnswersUnavailableWithoutClaimingNoPaidCalls()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        await using var server = await ApiServer.StartAsync(services: FakeLlmEngine.Against(fake));

        var response = await server.Client.GetAsync("/openrouter_credits");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = await ApiServer.ReadJsonAsync(response);
        Assert.Equal("unavailable", root.GetProperty("status").GetString());
        var message = root.GetProperty("message").GetString();
        Assert.Contains("only on OpenRouter", message, StringComparison.Ordinal);
        Assert.DoesNotContain("no paid calls", message, StringComparison.Ordinal);
        Assert.Equal("llm", root.GetProperty("data").GetProperty("engine").GetString());
    }

    [Fact]
    public async Task Credits_OpenRouterAnswers_ReportsTheBalance()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        await using var server = await StartOnOpenRouterAsync(fake, fake.BaseUrl);

        var response = await server.Client.GetAsync("/openrouter_credits");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = await ApiServer.ReadJsonAsync(response);
        Assert.Equal("success", root.GetProperty("status").GetString());
        Assert.Equal("openrouter", root.GetProperty("data").GetProperty("provider").GetString());
        Assert.Equal(18.75, root.GetProperty("data").GetProperty("remaining").GetDouble(), 3);
    }

    [Fact]
    public async Task Credits_OpenRouterAnswers500_Answers503ProblemNamingProviderAndStatus()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.AccountFault = FakeFault.Http(500);
        await using var server = await StartOnOpenRouterAsync(fake, fake.BaseUrl);

        var problem = await UnavailableAsync(server, "error_status");

        Assert.Contains("HTTP 500", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credits_OpenRouterUnreachable_Answers503ProblemSayingItCouldNotBeReached()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        var closed = await ClosedBaseUrlAsync();
        await using var server = await StartOnOpenRouterAsync(fake, closed);

        var problem = await UnavailableAsync(server, "unreachable");

        Assert.Contains($"could not reach {closed.Authority}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credits_OpenRouterAnswersAnHtmlPage_Answers503ProblemSayingItIsNotJson()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.AccountFault = FakeFault.InvalidJson;
        await using var server = await StartOnOpenRouterAsync(fake, fake.BaseUrl);

        var problem = await UnavailableAsync(server, "invalid_response");

        Assert.Contains("not JSON", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credits_OpenRouterAnswersJsonWithoutTheFigures_Answers503RatherThanAZeroBalance()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.AccountFault = FakeFault.SchemaInvalid;
        await using var server = await StartOnOpenRouterAsync(fake, fake.BaseUrl);

        var problem = await UnavailableAsync(server, "invalid_response");

        Assert.Contains("total_credits", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Credits_OpenRouterEchoesTheKeyIn401_ProblemNeverHoldsTheKey()
    {
        await using var fake = await FakeOpenAiServer.StartAsync();
        fake.AccountFault = FakeFault.Http(401);
        await using var server = await StartOnOpenRouterAsync(fake, fake.BaseUrl);

        var response = await server.Client.GetAsync("/openrouter_credits");

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.DoesNotContain(Key, body, StringComparison.Ordinal);
        Assert.Contains("[redacted]", body, StringComparison.Ordinal);
    }

    /// <summary>The LLM engine on the fake server, and OpenRouter's credits read from <paramref name="creditsBaseUrl"/>, as <c>leadqual serve --engine llm --provider openrouter</c> wires them.</summary>
    private static Task<ApiServer> StartOnOpenRouterAsync(FakeOpenAiServer fake, Uri creditsBaseUrl) =>
        ApiServer.StartAsync(services: services =>
        {
            FakeLlmEngine.Against(fake)(services);
            services.AddSingleton<ICreditsSource>(new OpenRouterCreditsSource(creditsBaseUrl, Key));
        });

    /// <summary>Asserts the 503 problem+json that names the provider, the reason code and the engine; returns its body.</summary>
    private static async Task<JsonElement> UnavailableAsync(ApiServer server, string reason)
    {
        var response = await server.Client.GetAsync("/openrouter_credits");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await ApiServer.ReadJsonAsync(response);
        Assert.Equal(503, problem.GetProperty("status").GetInt32());
        Assert.Equal("openrouter", problem.GetProperty("provider").GetString());
        Assert.Equal(reason, problem.GetProperty("reason").GetString());
        Assert.Equal("llm", problem.GetProperty("engine").GetString());
        Assert.StartsWith("could not read openrouter credits: /v1/", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        return problem;
    }

    /// <summary>A base URL on loopback where nothing listens any more: a fake server's, after it stopped.</summary>
    private static async Task<Uri> ClosedBaseUrlAsync()
    {
        var gone = await FakeOpenAiServer.StartAsync();
        var url = gone.BaseUrl;
        await gone.DisposeAsync();
        return url;
    }
}
