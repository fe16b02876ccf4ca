namespace LeadQual.Engines.Llm.Credits;

/// <summary>What OpenRouter says of the account (<c>/credits</c>, both figures always present) and of this key (<c>/key</c>, each figure when given), in USD.</summary>
public sealed record CreditsReport(
    decimal TotalCredits,
    decimal TotalUsage,
    string? KeyLabel,
    decimal? KeyUsage,
    decimal? KeyLimit,
    decimal? KeyLimitRemaining,
    bool? IsFreeTier)
{
    public decimal Remaining => TotalCredits - TotalUsage;
}
