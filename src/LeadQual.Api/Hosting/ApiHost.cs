using LeadQual.Api.Assessing;
using LeadQual.Api.Credits;
using LeadQual.Api.Endpoints;
using LeadQual.Api.Resumes;
using LeadQual.Engines;
using LeadQual.Engines.Offline;
using LeadQual.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LeadQual.Api.Hosting;

/// <summary>
/// Builds the API host: Kestrel on <see cref="ApiSettings.Urls"/> (loopback by default), the SQLite file
/// shared with the CLI, the engine from <see cref="IAssessmentEngineFactory"/>, problem+json errors, CORS
/// for configured origins only, the API key check, and the OpenAPI document at /openapi/v1.json.
/// </summary>
public static class ApiHost
{
    /// <param name="settings">Where to listen, which database, key, origins and limits.</param>
    /// <param name="configureServices">Runs after the defaults, so a host (or a test) can replace the engine factory, the clock or the credits source.</param>
    public static WebApplication Create(ApiSettings settings, Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = [] });
        builder.WebHost.UseUrls(settings.Urls);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.AddServerHeader = false;
            kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBodyBytes;
        });

        // One line per request is the CLI's job, not the server's: keep ASP.NET Core's own logs to warnings.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        var services = builder.Services;
        services.AddSingleton(settings);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => new LeadQualDatabase(settings.DatabasePath));
        services.AddSingleton<AssessmentStore>();
        services.AddSingleton<ResumeStore>();
        services.AddSingleton<JobQueries>();
        services.AddSingleton<ResumeResolver>();
        services.AddSingleton<JobLocks>();
        services.AddSingleton<JobAssessor>();
        services.AddSingleton<IAssessmentEngineFactory, OfflineEngineFactory>();
        services.AddSingleton<ICreditsSource, NoCreditsSource>();
        services.AddHostedService<DatabaseStartup>();
        services.AddHostedService<MasterResumeStartup>();
        services.ConfigureHttpJsonOptions(json => ApiJson.Apply(json.SerializerOptions));
        services.AddProblemDetails();
        services.AddOpenApi();
        if (settings.CorsOrigins.Count > 0)
        {
            services.AddCors(cors => cors.AddDefaultPolicy(policy => policy
                .WithOrigins([.. settings.CorsOrigins])
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders("Content-Type", ApiKeyMiddleware.HeaderName)));
        }

        configureServices?.Invoke(services);

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        if (settings.CorsOrigins.Count > 0)
        {
            app.UseCors();
        }

        app.UseMiddleware<ApiKeyMiddleware>();
        app.MapOpenApi();
        JobEndpoints.Map(app);
        RecentEndpoints.Map(app);
        ResumeEndpoints.Map(app);
        CreditsEndpoints.Map(app);
        return app;
    }
}
