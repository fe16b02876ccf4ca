namespace LeadQual.Api.Credits;

/// <summary>The offline engine's answer: there is no provider and nothing to pay for.</summary>
public sealed class NoCreditsSource : ICreditsSource
{
    public Task<ProviderCredits?> GetCreditsAsync(CancellationToken cancellationToken) => Task.FromResult<ProviderCredits?>(null);
}
