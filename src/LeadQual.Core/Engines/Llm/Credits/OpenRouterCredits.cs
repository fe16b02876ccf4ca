using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using LeadQual.Engines.Llm.Tracking;

namespace LeadQual.Engines.Llm.Credits;

/// <summary>Reads OpenRouter's <c>GET /key</c> and <c>GET /credits</c> for <c>leadqual credits</c> and <c>/openrouter_credits</c>.</summary>
public static partial class OpenRouterCredits
{
    public const string Provider = "openrouter";

    /// <summary>Longest piece of a provider's error body quoted in a message (an HTML error page can be kilobytes).</summary>
    private const int MaxQuoted = 200;

    /// <summary>The account's balance and this key's usage; <see cref="CreditsUnavailableException"/> when either cannot be read.</summary>
    public static async Task<CreditsReport> ReadAsync(Uri baseUrl, string apiKey, HttpMessageHandler? handler = null, CancellationToken cancellationToken = default)
    {
        using var http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        http.Timeout = TimeSpan.FromSeconds(30);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        var redactor = new SecretRedactor(apiKey);
        var root = new Uri(baseUrl.ToString().TrimEnd('/') + "/");
        var key = await GetAsync(http, new Uri(root, "key"), redactor, cancellationToken).ConfigureAwait(false);
        var creditsUrl = new Uri(root, "credits");
        var credits = await GetAsync(http, creditsUrl, redactor, cancellationToken).ConfigureAwait(false);
        var balance = Data(credits);
        var totalCredits = Decimal(balance?["total_credits"]);
        var totalUsage = Decimal(balance?["total_usage"]);
        if (totalCredits is null || totalUsage is null)
        {
            // A figure of 0 would read as an empty account; an answer without the figures is no answer.
            throw Unavailable(CreditsUnavailableReasons.InvalidResponse, redactor, $"{creditsUrl.AbsolutePath}: the answer has no numeric data.total_credits and data.total_usage: {Quote(credits?.ToJsonString() ?? "null", redactor)}");
        }

        var account = Data(key);
        return new CreditsReport(
            totalCredits.Value,
            totalUsage.Value,
            account?["label"] is JsonValue label && label.GetValueKind() == JsonValueKind.String ? label.GetValue<string>() : null,
            Decimal(account?["usage"]),
            Decimal(account?["limit"]),
            Decimal(account?["limit_remaining"]),
            account?["is_free_tier"] is JsonValue free && free.GetValueKind() is JsonValueKind.True or JsonValueKind.False ? free.GetValue<bool>() : null);
    }

    private static async Task<JsonNode?> GetAsync(HttpClient http, Uri url, SecretRedactor redactor, CancellationToken cancellationToken)
    {
        string text;
        int status;
        bool success;
        try
        {
            using var response = await http.GetAsync(url, cancellationToken).ConfigureAwait(false);
            text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            status = (int)response.StatusCode;
            success = response.IsSuccessStatusCode;
        }
        catch (HttpRequestException failure)
        {
            throw Unavailable(CreditsUnavailableReasons.Unreachable, redactor, $"{url.AbsolutePath}: could not reach {url.Authority}: {failure.Message}", failure);
        }
        catch (TaskCanceledException failure) when (!cancellationToken.IsCancellationRequested)
        {
            // HttpClient reports its own timeout as a cancellation nobody asked for.
            throw Unavailable(CreditsUnavailableReasons.Timeout, redactor, $"{url.AbsolutePath}: no answer from {url.Authority} within {http.Timeout.TotalSeconds:0} s", failure);
        }

        if (!success)
        {
            throw Unavailable(CreditsUnavailableReasons.ErrorStatus, redactor, $"{url.AbsolutePath}: HTTP {status}: {Quote(ErrorMessage(text) ?? text, redactor)}");
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException failure)
        {
            throw Unavailable(CreditsUnavailableReasons.InvalidResponse, redactor, $"{url.AbsolutePath}: HTTP {status} but the answer is not JSON: {Quote(text, redactor)}", failure);
        }
    }

    private static CreditsUnavailableException Unavailable(string reason, SecretRedactor redactor, string message, Exception? inner = null) =>
        new(Provider, reason, redactor.Redact(message), inner);

    /// <summary>The <c>data</c> object of an answer, or null when the answer is shaped otherwise.</summary>
    private static JsonObject? Data(JsonNode? answer) => answer is JsonObject root ? root["data"] as JsonObject : null;

    /// <summary>The message of an OpenRouter error body (<c>{"error":{"message":…}}</c>), if the body is one.</summary>
    private static string? ErrorMessage(string text)
    {
        try
        {
            return JsonNode.Parse(text) is JsonObject body && body["error"] is JsonObject error ? error["message"]?.ToString() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Provider text redacted, on one line and cut short, so the CLI's error stays one line and a problem body stays small.</summary>
    private static string Quote(string text, SecretRedactor redactor)
    {
        // Redacted before it is cut, so a key split by the cut cannot leak its first half.
        var line = Whitespace().Replace(redactor.Redact(text), " ").Trim();
        return line.Length == 0 ? "(empty body)" : line.Length <= MaxQuoted ? line : line[..MaxQuoted] + "…";
    }

    private static decimal? Decimal(JsonNode? node) =>
        node is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.TryGetValue<decimal>(out var value) ? value : null;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
