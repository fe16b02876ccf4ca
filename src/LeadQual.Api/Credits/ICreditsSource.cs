namespace LeadQual.Api.Credits;

/// <summary>Asks the configured engine's provider for its credit balance. The LLM engine plugs its provider in here.</summary>
public interface ICreditsSource
{
    /// <summary>The balance, or null when no paid provider is configured.</summary>
    Task<ProviderCredits?> GetCreditsAsync(CancellationToken cancellationToken);
}
