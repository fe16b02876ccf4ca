using LeadQual.Api.Hosting;

namespace LeadQual.Api.Tests;

public sealed class ApiSettingsTests
{
    [Fact]
    public void FromEnvironment_Nothing_IsLoopbackNoKeyNoOriginTwoMegabytes()
    {
        var settings = ApiSettings.FromEnvironment(_ => null);

        Assert.Equal("http://127.0.0.1:5080", settings.Urls);
        Assert.Equal("leadqual.db", settings.DatabasePath);
        Assert.Null(settings.ApiKey);
        Assert.Empty(settings.CorsOrigins);
        Assert.Equal(2 * 1024 * 1024, settings.MaxRequestBodyBytes);
    }

    [Fact]
    public void FromEnvironment_Variables_AreRead()
    {
        var environment = new Dictionary<string, string>
        {
            ["LEADQUAL_DB"] = "/data/jobs.db",
            ["LEADQUAL_API_KEY"] = "k",
            ["LEADQUAL_CORS_ORIGINS"] = "https://a.example, https://b.example",
            ["MASTER_RESUME"] = "alex",
        };

        var settings = ApiSettings.FromEnvironment(name => environment.GetValueOrDefault(name));

        Assert.Equal("/data/jobs.db", settings.DatabasePath);
        Assert.Equal("k", settings.ApiKey);
        Assert.Equal(["https://a.example", "https://b.example"], settings.CorsOrigins);
        Assert.Equal("alex", settings.MasterResume);
    }

    [Fact]
    public void WithArguments_UrlsAndDb_OverrideTheEnvironment()
    {
        var settings = ApiSettings.FromEnvironment(_ => null).WithArguments(["--urls", "http://127.0.0.1:6000", "--db=other.db"]);

        Assert.Equal("http://127.0.0.1:6000", settings.Urls);
        Assert.Equal("other.db", settings.DatabasePath);
    }

    [Fact]
    public void WithArguments_Unknown_Throws()
    {
        Assert.Throws<ArgumentException>(() => ApiSettings.FromEnvironment(_ => null).WithArguments(["--port", "1"]));
    }
}
