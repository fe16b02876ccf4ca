using LeadQual.Api.Contracts;
using LeadQual.Api.Credits;
using LeadQual.Engines;
using LeadQual.Engines.Llm.Credits;

namespace LeadQual.Api.Endpoints;

/// <summary>
/// GET /openrouter_credits. 200 with <c>"status": "success"</c> and the provider's balance, or 200 with
/// <c>"status": "unavailable"</c> and a message when the engine has no credits lookup (the offline engine), so a
/// dashboard can show why there is no figure instead of treating it as an outage. When the provider is configured
/// but does not answer usably, that is an outage: 503 problem+json naming the provider and the reason.
/// </summary>
public static class CreditsEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/openrouter_credits", GetAsync)
            .WithName("OpenRouterCredits")
            .WithSummary("The LLM provider's credit balance, status \"unavailable\" when no provider is configured, or 503 when the provider cannot be read")
            .Produces<CreditsResponse>()
            .ProducesProblem(StatusCodes.Status503ServiceUnavailable);

    private static async Task<IResult> GetAsync(ICreditsSource source, IAssessmentEngineFactory engines, CancellationToken cancellationToken)
    {
        var identity = engines.Identity;
        ProviderCredits? credits;
        try
        {
            credits = await source.GetCreditsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (CreditsUnavailableException failure)
        {
            return ApiProblems.CreditsUnavailable(failure, identity);
        }

        return credits is null
            ? TypedResults.Ok(new CreditsResponse("unavailable", NoLookup(identity), new CreditsData(identity.Engine, identity.Model, null, null, null, null)))
            : TypedResults.Ok(new CreditsResponse("success", null, new CreditsData(identity.Engine, identity.Model, credits.Provider, credits.TotalCredits, credits.TotalUsage, credits.Remaining)));
    }

    /// <summary>Why there is no figure: the offline engine pays nothing; an LLM engine pays, but only OpenRouter reports a balance.</summary>
    private static string NoLookup(EngineIdentity identity) =>
        identity.Engine == "offline"
            ? $"no provider configured: the {identity.Engine} engine ({identity.Model}) makes no paid calls"
            : $"no credits lookup for this provider: the {identity.Engine} engine ({identity.Model}) reports a balance only on OpenRouter with OPENROUTER_API_KEY set";
}
