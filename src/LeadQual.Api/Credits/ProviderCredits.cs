namespace LeadQual.Api.Credits;

/// <summary>What a paid provider says of the account: credits bought and used, in USD.</summary>
public sealed record ProviderCredits(string Provider, double TotalCredits, double TotalUsage)
{
    public double Remaining => TotalCredits - TotalUsage;
}
