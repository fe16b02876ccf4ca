using LeadQual.Storage;

namespace LeadQual.Api.Hosting;

/// <summary>Opens (and migrates) the SQLite file when the host starts, so a bad path or a newer schema fails at once, not on the first request.</summary>
public sealed class DatabaseStartup(LeadQualDatabase database) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
