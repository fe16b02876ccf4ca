using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using LeadQual.Engines.Llm.Tracking;
using Microsoft.Extensions.AI;

namespace LeadQual.Engines.Llm.Http;

/// <summary>
/// A thin <see cref="IChatClient"/> over HttpClient that posts the raw chat-completions JSON, so
/// OpenRouter's <c>reasoning</c> and <c>provider</c> objects go out and its <c>usage.cost</c> comes
/// back (the OpenAI SDK carries neither). Streams are read as server-sent events: comment lines such as
/// <c>: OPENROUTER PROCESSING</c> are skipped, an <c>{"error":…}</c> data line or a stream that ends
/// without <c>[DONE]</c> is an error. The API key is sent as a bearer token and never appears in an
/// exception message.
/// </summary>
public sealed class OpenAiCompatibleChatClient : IChatClient
{
    private const int MaxErrorBody = 2000;

    private readonly HttpClient http;
    private readonly Uri endpoint;
    private readonly string defaultModel;
    private readonly SecretRedactor redactor;
    private readonly TimeProvider clock;

    public OpenAiCompatibleChatClient(Uri baseUrl, string? apiKey, string defaultModel, HttpMessageHandler? handler = null, TimeProvider? clock = null)
    {
        http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        http.Timeout = Timeout.InfiniteTimeSpan; // per-attempt and total timeouts belong to the resilience pipeline
        if (!string.IsNullOrEmpty(apiKey))
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        }

        http.DefaultRequestHeaders.Add("X-Title", "LeadQual");
        var root = baseUrl.ToString().TrimEnd('/') + "/";
        endpoint = new Uri(new Uri(root), "chat/completions");
        this.defaultModel = defaultModel;
        redactor = new SecretRedactor(apiKey);
        this.clock = clock ?? TimeProvider.System;
        Metadata = new ChatClientMetadata("openai-compatible", new Uri(root), defaultModel);
    }

    public ChatClientMetadata Metadata { get; }

    public async Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        var body = ChatCompletionJson.Request(messages, options, defaultModel, stream: false);
        using var response = await SendAsync(body, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text);
        }
        catch (JsonException failure)
        {
            throw new LlmProviderException(502, "the provider's response body is not JSON", retryable: true, inner: failure);
        }

        if (ChatCompletionJson.Error(root) is { } error)
        {
            var status = error.Code == 0 ? 502 : error.Code;
            throw new LlmProviderException(status, redactor.Redact($"provider error {status}: {error.Message}"), LlmProviderException.IsRetryable(status, null));
        }

        var choice = root?["choices"]?[0];
        var chat = new ChatResponse(new ChatMessage(ChatRole.Assistant, choice?["message"]?["content"]?.ToString() ?? string.Empty))
        {
            ResponseId = root?["id"]?.ToString() ?? GenerationId(response),
            ModelId = root?["model"]?.ToString(),
            FinishReason = ChatCompletionJson.FinishReason(choice?["finish_reason"]?.ToString()),
            Usage = ChatCompletionJson.Usage(root?["usage"]),
            RawRepresentation = root,
        };
        if (ChatCompletionJson.Cost(root?["usage"]) is { } cost)
        {
            chat.AdditionalProperties = new() { [ResponseProperties.Cost] = cost };
        }

        return chat;
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var body = ChatCompletionJson.Request(messages, options, defaultModel, stream: true);
        using var response = await SendAsync(body, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var generationId = GenerationId(response);
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var done = false;
        await foreach (var item in SseParser.Create(stream).EnumerateAsync(cancellationToken).ConfigureAwait(false))
        {
            if (item.Data.Trim() == "[DONE]")
            {
                done = true;
                break;
            }

            var update = ReadChunk(item.Data, generationId);
            if (update is not null)
            {
                yield return update;
            }
        }

        if (!done)
        {
            throw new LlmProviderException(0, "the stream ended before data: [DONE]; the answer is incomplete", retryable: true);
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceKey is null && serviceType.IsInstanceOfType(this) ? this
        : serviceType == typeof(ChatClientMetadata) ? Metadata
        : null;

    public void Dispose() => http.Dispose();

    private ChatResponseUpdate? ReadChunk(string data, string? generationId)
    {
        JsonNode? chunk;
        try
        {
            chunk = JsonNode.Parse(data);
        }
        catch (JsonException failure)
        {
            throw new LlmProviderException(502, "a stream event is not JSON", retryable: true, inner: failure);
        }

        if (ChatCompletionJson.Error(chunk) is { } error)
        {
            var status = error.Code == 0 ? 502 : error.Code;
            throw new LlmProviderException(status, redactor.Redact($"provider error mid-stream {status}: {error.Message}"), LlmProviderException.IsRetryable(status, null));
        }

        var choice = chunk?["choices"]?[0];
        var update = new ChatResponseUpdate(ChatRole.Assistant, choice?["delta"]?["content"]?.ToString())
        {
            ResponseId = chunk?["id"]?.ToString() ?? generationId,
            ModelId = chunk?["model"]?.ToString(),
            FinishReason = ChatCompletionJson.FinishReason(choice?["finish_reason"]?.ToString()),
            RawRepresentation = chunk,
        };
        if (ChatCompletionJson.Usage(chunk?["usage"]) is { } usage)
        {
            update.Contents.Add(new UsageContent(usage));
        }

        if (ChatCompletionJson.Cost(chunk?["usage"]) is { } cost)
        {
            update.AdditionalProperties = new() { [ResponseProperties.Cost] = cost };
        }

        return update;
    }

    private async Task<HttpResponseMessage> SendAsync(JsonObject body, HttpCompletionOption completion, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        var response = await http.SendAsync(request, completion, cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            var retryAfter = RetryAfterReader.Read(response.Headers, clock.GetUtcNow());
            var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            string detail;
            try
            {
                detail = ChatCompletionJson.Error(JsonNode.Parse(text))?.Message ?? text;
            }
            catch (JsonException)
            {
                detail = text;
            }

            if (detail.Length > MaxErrorBody)
            {
                detail = detail[..MaxErrorBody];
            }

            throw new LlmProviderException(status, redactor.Redact($"HTTP {status} {response.ReasonPhrase}: {detail}".TrimEnd(' ', ':')), LlmProviderException.IsRetryable(status, retryAfter), retryAfter);
        }
    }

    private static string? GenerationId(HttpResponseMessage response) =>
        response.Headers.TryGetValues("X-Generation-Id", out var values) ? values.FirstOrDefault() : null;
}
