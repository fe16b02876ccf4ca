namespace LeadQual.Api.Contracts;

/// <summary>The engine in use and, when it has a provider, its credit figures in USD.</summary>
public sealed record CreditsData(string Engine, string Model, string? Provider, double? TotalCredits, double? TotalUsage, double? Remaining);
