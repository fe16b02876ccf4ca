using LeadQual.Api.Hosting;

// dotnet run --project src/LeadQual.Api -- [--urls URLS] [--db PATH]; `leadqual serve` starts the same host.
var settings = ApiSettings.FromEnvironment(Environment.GetEnvironmentVariable).WithArguments(args);
await using var app = ApiHost.Create(settings);
await app.RunAsync().ConfigureAwait(false);
