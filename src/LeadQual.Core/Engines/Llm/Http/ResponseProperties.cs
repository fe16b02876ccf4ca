namespace LeadQual.Engines.Llm.Http;

/// <summary>Names of the values the chat client puts in <c>AdditionalProperties</c> beside M.E.AI's own fields.</summary>
public static class ResponseProperties
{
    /// <summary>The provider-reported cost in USD (OpenRouter's <c>usage.cost</c>), a <see cref="decimal"/>.</summary>
    public const string Cost = "cost";

    /// <summary>A request property holding a raw JSON object sent as is (OpenRouter's <c>provider</c>, <c>reasoning</c>).</summary>
    public const string Provider = "provider";

    public const string Reasoning = "reasoning";
}
