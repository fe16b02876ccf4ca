using System.Text.Json.Nodes;

namespace LeadQual.Engines.Llm;

/// <summary>
/// OpenRouter's <c>provider</c> object as the seed sends it: an order of upstream providers, whether
/// to fall back beyond it, and <c>require_parameters: true</c> so only providers that honour
/// response_format and reasoning serve the request.
/// </summary>
public sealed record ProviderRouting(IReadOnlyList<string> Order, bool AllowFallbacks = true, bool RequireParameters = true)
{
    public JsonObject ToJson()
    {
        var json = new JsonObject();
        if (Order.Count > 0)
        {
            json["order"] = new JsonArray(Order.Select(o => (JsonNode?)JsonValue.Create(o)).ToArray());
        }

        json["allow_fallbacks"] = AllowFallbacks;
        json["require_parameters"] = RequireParameters;
        return json;
    }
}
