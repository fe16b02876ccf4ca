using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.AI;

namespace LeadQual.Engines.Llm.Http;

/// <summary>
/// The chat-completions wire format: the request body (with OpenRouter's <c>reasoning</c> and
/// <c>provider</c> objects when given) and the pieces of a response or stream chunk.
/// </summary>
public static class ChatCompletionJson
{
    public static JsonObject Request(IEnumerable<ChatMessage> messages, ChatOptions? options, string defaultModel, bool stream)
    {
        var body = new JsonObject
        {
            ["model"] = options?.ModelId ?? defaultModel,
            ["messages"] = new JsonArray(messages.Select(m => (JsonNode)new JsonObject { ["role"] = m.Role.Value, ["content"] = m.Text }).ToArray()),
        };
        if (options?.Temperature is { } temperature)
        {
            body["temperature"] = Math.Round(temperature, 4);
        }

        if (options?.MaxOutputTokens is { } maxTokens)
        {
            body["max_tokens"] = maxTokens;
        }

        if (options?.ResponseFormat is ChatResponseFormatJson { Schema: { } schema } json)
        {
            body["response_format"] = new JsonObject
            {
                ["type"] = "json_schema",
                ["json_schema"] = new JsonObject
                {
                    ["name"] = json.SchemaName ?? "response",
                    ["strict"] = true,
                    ["schema"] = JsonNode.Parse(schema.GetRawText()),
                },
            };
        }
        else if (options?.ResponseFormat is ChatResponseFormatJson)
        {
            body["response_format"] = new JsonObject { ["type"] = "json_object" };
        }

        foreach (var (key, value) in options?.AdditionalProperties ?? [])
        {
            if (value is JsonNode node)
            {
                body[key] = node.DeepClone();
            }
        }

        if (options?.Reasoning?.Effort is { } effort && body[ResponseProperties.Reasoning] is null)
        {
            body["reasoning_effort"] = effort.ToString().ToLowerInvariant();
        }

        if (stream)
        {
            body["stream"] = true;
            body["stream_options"] = new JsonObject { ["include_usage"] = true };
        }

        return body;
    }

    /// <summary>The error object of a body or chunk (<c>{"error":{"code":…,"message":…}}</c>), if there is one.</summary>
    public static (int Code, string Message)? Error(JsonNode? root)
    {
        if (root?["error"] is not JsonObject error)
        {
            return null;
        }

        var code = error["code"] is JsonValue c && c.GetValueKind() == JsonValueKind.Number ? c.GetValue<int>()
            : error["code"] is JsonValue s && int.TryParse(s.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;
        return (code, error["message"]?.ToString() ?? "provider error");
    }

    public static UsageDetails? Usage(JsonNode? usage)
    {
        if (usage is not JsonObject u)
        {
            return null;
        }

        return new UsageDetails
        {
            InputTokenCount = Long(u["prompt_tokens"]),
            OutputTokenCount = Long(u["completion_tokens"]),
            TotalTokenCount = Long(u["total_tokens"]),
            ReasoningTokenCount = Long(u["completion_tokens_details"]?["reasoning_tokens"]),
            CachedInputTokenCount = Long(u["prompt_tokens_details"]?["cached_tokens"]),
        };
    }

    public static decimal? Cost(JsonNode? usage) =>
        usage?["cost"] is JsonValue cost && cost.GetValueKind() == JsonValueKind.Number ? cost.GetValue<decimal>() : null;

    public static ChatFinishReason? FinishReason(string? value) => value is null ? null : new ChatFinishReason(value);

    private static long? Long(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? (long)v.GetValue<double>() : null;
}
