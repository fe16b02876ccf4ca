namespace LeadQual.Engines.Llm.Tracking;

/// <summary>A model's list price in USD per million input and output tokens (reasoning tokens bill as output).</summary>
public sealed record ModelPrice(string Model, decimal InputPerMillion, decimal OutputPerMillion)
{
    public decimal Cost(long inputTokens, long outputTokens) =>
        Math.Round(((inputTokens * InputPerMillion) + (outputTokens * OutputPerMillion)) / 1_000_000m, 8);
}
