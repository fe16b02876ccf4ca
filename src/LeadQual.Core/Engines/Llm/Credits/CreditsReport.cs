namespace LeadQual.Engines.Llm.Credits;

/// <summary>What OpenRouter says of the account (<c>/credits</c>) and of this key (<c>/key</c>), in USD.</summary>
public sealed record CreditsReport(
    decimal? TotalCredits,
    decimal? TotalUsage,
    string? KeyLabel,
    decimal? KeyUsage,
    decimal? KeyLimit,
    decimal? KeyLimitRemaining,
    bool? IsFreeTier)
{
    public decimal? Remaining => TotalCredits - TotalUsage;
}
