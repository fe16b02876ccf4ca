using System.CommandLine;
using LeadQual.Api.Credits;
using LeadQual.Api.Hosting;
using LeadQual.Engines;
using LeadQual.Engines.Llm;
using LeadQual.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace LeadQual.Cli.Commands;

/// <summary>
/// <c>leadqual serve [--urls URLS] [--db PATH] [--engine offline|llm …]</c>: the HTTP API on the same database and
/// engine options as the other commands. With <c>--engine llm</c> the API assesses through the LLM engine, and
/// on OpenRouter with a key <c>/openrouter_credits</c> reports the account's balance.
/// </summary>
public static class ServeCommand
{
    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Addresses to listen on, ';'-separated (env LEADQUAL_URLS; default {ApiSettings.DefaultUrls}, loopback only)",
            DefaultValueFactory = _ => Environment.GetEnvironmentVariable("LEADQUAL_URLS") is { Length: > 0 } value ? value : ApiSettings.DefaultUrls,
        };
        var db = CommonOptions.Database();
        var engines = new EngineOptions();
        var command = new Command("serve", "Serve the HTTP API (/html_extract, /regenerate_job_assessment, /jobs_recent, …; OpenAPI at /openapi/v1.json). Env: LEADQUAL_API_KEY, LEADQUAL_CORS_ORIGINS, MASTER_RESUME") { urls, db };
        engines.AddTo(command);
        command.SetAction((result, cancellationToken) => context.Guard(async () =>
        {
            var settings = ApiSettings.FromEnvironment(Environment.GetEnvironmentVariable) with { Urls = result.GetValue(urls)!, DatabasePath = result.GetValue(db)! };
            var configure = await EngineServicesAsync(result, engines, context, settings, cancellationToken).ConfigureAwait(false);
            await using var app = ApiHost.Create(settings, configure);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var engine = app.Services.GetRequiredService<IAssessmentEngineFactory>().Identity;
            await context.Output.WriteLineAsync(
                $"leadqual serve: listening on {string.Join(", ", app.Urls)} | engine {engine} | db {Path.GetFullPath(settings.DatabasePath)} | API key {(settings.ApiKey is null ? "off" : "required")} | Ctrl+C stops").ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return CliContext.Ok;
        }));
        return command;
    }

    /// <summary>For <c>--engine llm</c>: the LLM engine factory, and OpenRouter's credits when that is the provider and a key is set; null keeps the defaults.</summary>
    private static async Task<Action<IServiceCollection>?> EngineServicesAsync(ParseResult result, EngineOptions engines, CliContext context, ApiSettings settings, CancellationToken cancellationToken)
    {
        if (!engines.IsLlm(result))
        {
            return null;
        }

        var database = new LeadQualDatabase(settings.DatabasePath);
        var engine = (LlmEngine)await engines.CreateAsync(result, context, database, cancellationToken).ConfigureAwait(false);
        var (provider, key) = engines.ProviderOf(result, context);
        var baseUrl = EngineOptions.Url(result.GetValue(engines.BaseUrl)) ?? provider.BaseUrl;
        return services =>
        {
            services.Replace(ServiceDescriptor.Singleton<IAssessmentEngineFactory>(_ => new LlmEngineFactory(engine)));
            if (provider.IsOpenRouter && key is not null)
            {
                services.Replace(ServiceDescriptor.Singleton<ICreditsSource>(_ => new OpenRouterCreditsSource(baseUrl, key)));
            }
        };
    }
}
