namespace LeadQual.Api.Contracts;

/// <summary>
/// GET /openrouter_credits. <c>status</c> is <c>success</c> with the provider's figures, or
/// <c>unavailable</c> with a <c>message</c> when the configured engine has no credits lookup (the offline engine, an
/// LLM engine not on OpenRouter). A provider that fails to answer is a 503 problem instead.
/// </summary>
public sealed record CreditsResponse(string Status, string? Message, CreditsData Data);
