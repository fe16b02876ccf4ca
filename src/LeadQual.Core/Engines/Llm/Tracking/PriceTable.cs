namespace LeadQual.Engines.Llm.Tracking;

/// <summary>
/// Fallback prices for estimating cost when the provider reports none (Together AI, plain OpenAI
/// endpoints) and for dry runs. Approximate list prices noted when this table was written; a call
/// priced from it is stored with <c>llm_run_cost_estimated = 1</c>. OpenRouter's reported
/// <c>usage.cost</c> always wins.
/// </summary>
public static class PriceTable
{
    private static readonly Dictionary<string, ModelPrice> Prices = new ModelPrice[]
    {
        new("openai/gpt-oss-120b", 0.10m, 0.50m),
        new("openai/gpt-oss-20b", 0.05m, 0.20m),
        new("openai/gpt-4o-mini", 0.15m, 0.60m),
        new("gpt-4o-mini", 0.15m, 0.60m),
        new("openai/gpt-4.1-mini", 0.40m, 1.60m),
        new("gpt-4.1-mini", 0.40m, 1.60m),
        new("deepseek/deepseek-r1", 0.55m, 2.19m),
        new("meta-llama/llama-3.1-8b-instruct", 0.02m, 0.05m),
        new("meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo", 0.18m, 0.18m),
        new("meta-llama/Llama-3.3-70B-Instruct-Turbo", 0.88m, 0.88m),
    }.ToDictionary(p => p.Model, StringComparer.OrdinalIgnoreCase);

    public static ModelPrice? Find(string model) => Prices.GetValueOrDefault(model);

    public static IReadOnlyCollection<ModelPrice> All => Prices.Values;
}
