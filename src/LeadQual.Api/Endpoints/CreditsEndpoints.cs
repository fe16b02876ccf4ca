using LeadQual.Api.Contracts;
using LeadQual.Api.Credits;
using LeadQual.Engines;

namespace LeadQual.Api.Endpoints;

/// <summary>
/// GET /openrouter_credits. Always 200: <c>"status": "success"</c> with the provider's balance, or
/// <c>"status": "unavailable"</c> and a message when the engine has no paid provider (the offline engine),
/// so a dashboard can show why there is no figure instead of treating it as an outage.
/// </summary>
public static class CreditsEndpoints
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/openrouter_credits", async (ICreditsSource source, IAssessmentEngineFactory engines, CancellationToken cancellationToken) =>
            {
                var identity = engines.Identity;
                var credits = await source.GetCreditsAsync(cancellationToken).ConfigureAwait(false);
                return credits is null
                    ? TypedResults.Ok(new CreditsResponse("unavailable", $"no provider configured: the {identity.Engine} engine ({identity.Model}) makes no paid calls", new CreditsData(identity.Engine, identity.Model, null, null, null, null)))
                    : TypedResults.Ok(new CreditsResponse("success", null, new CreditsData(identity.Engine, identity.Model, credits.Provider, credits.TotalCredits, credits.TotalUsage, credits.Remaining)));
            })
            .WithName("OpenRouterCredits")
            .WithSummary("The LLM provider's credit balance, or status \"unavailable\" when no provider is configured")
            .Produces<CreditsResponse>();
}
