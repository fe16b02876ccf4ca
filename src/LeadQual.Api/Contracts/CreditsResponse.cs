namespace LeadQual.Api.Contracts;

/// <summary>
/// GET /openrouter_credits. <c>status</c> is <c>success</c> with the provider's figures, or
/// <c>unavailable</c> with a <c>message</c> when the configured engine has no paid provider (the offline engine).
/// </summary>
public sealed record CreditsResponse(string Status, string? Message, CreditsData Data);
