using System.CommandLine;
using LeadQual.Api.Hosting;
using LeadQual.Engines;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LeadQual.Cli.Commands;

/// <summary><c>leadqual serve [--urls URLS] [--db PATH]</c>: the HTTP API on the same database and engine as the other commands.</summary>
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
        var command = new Command("serve", "Serve the HTTP API (/html_extract, /regenerate_job_assessment, /jobs_recent, …; OpenAPI at /openapi/v1.json). Env: LEADQUAL_API_KEY, LEADQUAL_CORS_ORIGINS, MASTER_RESUME") { urls, db };
        command.SetAction(async (result, cancellationToken) =>
        {
            var settings = ApiSettings.FromEnvironment(Environment.GetEnvironmentVariable) with { Urls = result.GetValue(urls)!, DatabasePath = result.GetValue(db)! };
            await using var app = ApiHost.Create(settings);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var engine = app.Services.GetRequiredService<IAssessmentEngineFactory>().Identity;
            await context.Output.WriteLineAsync(
                $"leadqual serve: listening on {string.Join(", ", app.Urls)} | engine {engine} | db {Path.GetFullPath(settings.DatabasePath)} | API key {(settings.ApiKey is null ? "off" : "required")} | Ctrl+C stops").ConfigureAwait(false);
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return CliContext.Ok;
        });
        return command;
    }
}
