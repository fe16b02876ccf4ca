namespace LeadQual.Api.Credits;

/// <summary>Asks the configured engine's provider for its credit balance. The LLM engine plugs its provider in here.</summary>
public interface ICreditsSource
{
    /// <summary>
    /// The balance, or null when no paid provider is configured. Throws
    /// <see cref="LeadQual.Engines.Llm.Credits.CreditsUnavailableException"/> when the provider is configured but its answer
    /// cannot be had (unreachable, an error status, not the expected JSON).
    /// </summary>
    Task<ProviderCredits?> GetCreditsAsync(CancellationToken cancellationToken);
}
