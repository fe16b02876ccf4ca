using LeadQual.Engines.Llm.Credits;

namespace LeadQual.Api.Credits;

/// <summary>OpenRouter's balance (<c>GET /credits</c>) for <c>/openrouter_credits</c> when the server runs the LLM engine on OpenRouter with a key.</summary>
public sealed class OpenRouterCreditsSource(Uri baseUrl, string apiKey, HttpMessageHandler? handler = null) : ICreditsSource
{
    public async Task<ProviderCredits?> GetCreditsAsync(CancellationToken cancellationToken)
    {
        var report = await OpenRouterCredits.ReadAsync(baseUrl, apiKey, handler, cancellationToken).ConfigureAwait(false);
        return new ProviderCredits(OpenRouterCredits.Provider, (double)report.TotalCredits, (double)report.TotalUsage);
    }
}
