using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeadQual.Engines.Llm.Http;
using LeadQual.Engines.Llm.Tracking;

namespace LeadQual.Engines.Llm.Credits;

/// <summary>Reads OpenRouter's <c>GET /key</c> and <c>GET /credits</c> for <c>leadqual credits</c>.</summary>
public static class OpenRouterCredits
{
    public static async Task<CreditsReport> ReadAsync(Uri baseUrl, string apiKey, HttpMessageHandler? handler = null, CancellationToken cancellationToken = default)
    {
        using var http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        http.Timeout = TimeSpan.FromSeconds(30);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        var redactor = new SecretRedactor(apiKey);
        var root = new Uri(baseUrl.ToString().TrimEnd('/') + "/");
        var key = await GetAsync(http, new Uri(root, "key"), redactor, cancellationToken).ConfigureAwait(false);
        var credits = await GetAsync(http, new Uri(root, "credits"), redactor, cancellationToken).ConfigureAwait(false);
        return new CreditsReport(
            Decimal(credits?["data"]?["total_credits"]),
            Decimal(credits?["data"]?["total_usage"]),
            key?["data"]?["label"]?.ToString(),
            Decimal(key?["data"]?["usage"]),
            Decimal(key?["data"]?["limit"]),
            Decimal(key?["data"]?["limit_remaining"]),
            key?["data"]?["is_free_tier"] is JsonValue free && free.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? free.GetValue<bool>() : null);
    }

    private static async Task<JsonNode?> GetAsync(HttpClient http, Uri url, SecretRedactor redactor, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(url, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var status = (int)response.StatusCode;
            string detail;
            try
            {
                detail = ChatCompletionJson.Error(JsonNode.Parse(text))?.Message ?? text;
            }
            catch (JsonException)
            {
                detail = text;
            }

            throw new LlmProviderException(status, redactor.Redact($"{url.AbsolutePath}: HTTP {status}: {detail}"), retryable: false);
        }

        return JsonNode.Parse(text);
    }

    private static decimal? Decimal(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number ? v.GetValue<decimal>() : null;
}
