using System.Globalization;
using System.Text.Json.Nodes;
using LeadQual.Engines.Llm.Caching;
using LeadQual.Engines.Llm.Http;
using LeadQual.Engines.Llm.Resilience;
using LeadQual.Engines.Llm.Streaming;
using LeadQual.Engines.Llm.Structured;
using LeadQual.Engines.Llm.Tracking;
using LeadQual.Prompts;
using Microsoft.Extensions.AI;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace LeadQual.Engines.Llm;

/// <summary>
/// Answers one step with one prompt version: the cache first; then generations of at most
/// 1 + <see cref="LlmEngineOptions.MaxReasks"/>, each through the resilience pipeline, each HTTP attempt
/// recorded as a <see cref="StepCall"/>; an answer that is truncated or fails the schema or the step's
/// rules is re-asked with the errors appended. Exhausted, it throws an <see cref="EngineException"/>
/// carrying every call.
/// </summary>
internal sealed class StepRunner(
    IChatClient client,
    LlmEngineOptions options,
    LlmProvider provider,
    LlmResiliencePipeline resilience,
    ResponseCache? cache,
    SecretRedactor redactor,
    TimeProvider clock)
{
    public async Task<StepOutcome<T>> RunAsync<T>(PromptVersion prompt, IReadOnlyDictionary<string, object?> variables, Func<T, IReadOnlyList<string>> rules, CancellationToken cancellationToken)
        where T : class
    {
        var calls = new List<StepCall>();
        JsonObject schema;
        string user;
        try
        {
            StepSchemas.Require<T>(prompt);
            schema = StepSchemas.For(prompt.ResponseSchema);
            user = PromptRenderer.Render(prompt.Template, variables, $"{prompt.Name} {prompt.Label}");
        }
        catch (PromptException failure)
        {
            throw new EngineException(QuarantineReasons.PromptConfigurationError, failure.Message, calls, failure);
        }

        var model = options.Model ?? prompt.Model;
        List<ChatMessage> messages = [new(ChatRole.System, prompt.SystemPrompt), new(ChatRole.User, user)];
        var inputHash = PromptHash.Sha256(prompt.SystemPrompt + "\n\n" + user);
        var cacheKey = ResponseCache.KeyOf(model, prompt.Id, inputHash, options.Repeat);
        if (cache is not null && options.UseCache && await cache.GetAsync(cacheKey, cancellationToken).ConfigureAwait(false) is { } hit)
        {
            var (cached, cachedErrors) = StructuredAnswer.Parse(hit.Text, schema, rules);
            if (cached is not null && cachedErrors.Count == 0)
            {
                var now = clock.GetUtcNow();
                calls.Add(new StepCall(prompt.Name, hit.ServedModel ?? model, prompt.Id, InputOf(messages), hit.Text, now, now)
                {
                    Attempt = 0,
                    CostUsd = 0m,
                    GenerationId = hit.GenerationId,
                });
                return new StepOutcome<T>(cached, calls);
            }
        }

        var chatOptions = ChatOptionsFor(prompt, model);
        IReadOnlyList<string> errors = [];
        for (var generation = 0; generation <= Math.Max(0, options.MaxReasks); generation++)
        {
            var response = await CallAsync(prompt, model, messages, chatOptions, calls, cancellationToken).ConfigureAwait(false);
            var text = response.Text;
            if (response.FinishReason == ChatFinishReason.Length)
            {
                errors = ["the answer was cut off at the output token limit (finish_reason \"length\"); answer more briefly"];
            }
            else
            {
                (var value, errors) = StructuredAnswer.Parse(text, schema, rules);
                if (value is not null)
                {
                    if (cache is not null)
                    {
                        await cache.PutAsync(cacheKey, prompt.Name, model, prompt.Id, inputHash, new CachedResponse(text, response.ModelId, response.ResponseId, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
                    }

                    return new StepOutcome<T>(value, calls);
                }
            }

            calls[^1] = calls[^1] with { Error = redactor.Redact("invalid answer: " + string.Join("; ", errors)) };
            messages = [.. messages, new ChatMessage(ChatRole.Assistant, text), new ChatMessage(ChatRole.User, ReaskMessage(errors))];
        }

        throw new EngineException(QuarantineReasons.FailedGenerateAssessment,
            redactor.Redact($"{prompt.Name}: no valid answer after {1 + Math.Max(0, options.MaxReasks)} generations: {string.Join("; ", errors.Take(5))}"), calls);
    }

    private static string ReaskMessage(IReadOnlyList<string> errors) =>
        "Your previous answer could not be used:\n" + string.Join('\n', errors.Take(20).Select(e => "- " + e))
        + "\nAnswer again with JSON only, matching the response schema exactly, every requirement answered once and in the order given.";

    private ChatOptions ChatOptionsFor(PromptVersion prompt, string model)
    {
        var chat = new ChatOptions
        {
            ModelId = model,
            Temperature = (float)prompt.Temperature,
            ResponseFormat = ChatResponseFormat.ForJsonSchema(StepSchemas.ElementFor(prompt.ResponseSchema), prompt.ResponseSchema),
            MaxOutputTokens = options.MaxOutputTokens,
        };
        if (provider.IsOpenRouter)
        {
            chat.AdditionalProperties = new() { [ResponseProperties.Provider] = options.Routing.ToJson() };
            if (prompt.ReasoningBudget > 0)
            {
                chat.AdditionalProperties[ResponseProperties.Reasoning] = new JsonObject { ["max_tokens"] = prompt.ReasoningBudget };
            }
        }

        return chat;
    }

    private async Task<ChatResponse> CallAsync(PromptVersion prompt, string model, List<ChatMessage> messages, ChatOptions chatOptions, List<StepCall> calls, CancellationToken cancellationToken)
    {
        var input = InputOf(messages);
        try
        {
            return await resilience.ExecuteAsync(async token =>
            {
                var start = clock.GetUtcNow();
                try
                {
                    var response = options.Stream
                        ? await ChatStreamAccumulator.CollectAsync(client.GetStreamingResponseAsync(messages, chatOptions, token), options.Progress, token).ConfigureAwait(false)
                        : await client.GetResponseAsync(messages, chatOptions, token).ConfigureAwait(false);
                    calls.Add(Succeeded(prompt, model, input, response, start, calls.Count + 1));
                    return response;
                }
                catch (Exception failure) when (failure is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    var message = failure is OperationCanceledException
                        ? string.Create(CultureInfo.InvariantCulture, $"attempt timed out after {resilience.Options.AttemptTimeout.TotalSeconds:0.#} s")
                        : failure.Message;
                    calls.Add(new StepCall(prompt.Name, model, prompt.Id, input, null, start, clock.GetUtcNow())
                    {
                        Error = redactor.Redact(message),
                        Attempt = calls.Count + 1,
                    });
                    throw;
                }
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (LlmProviderException failure)
        {
            throw Failed(prompt, failure.Retryable ? $"{failure.Message} (gave up after {calls.Count} attempts)" : failure.Message, calls, failure);
        }
        catch (BrokenCircuitException failure)
        {
            throw Failed(prompt, "the circuit is open after repeated provider failures; no request was sent", calls, failure);
        }
        catch (TimeoutRejectedException failure)
        {
            throw Failed(prompt, $"timed out (gave up after {calls.Count} attempts)", calls, failure);
        }
        catch (HttpRequestException failure)
        {
            throw Failed(prompt, $"could not reach the provider: {failure.Message}", calls, failure);
        }
        catch (IOException failure)
        {
            throw Failed(prompt, $"the connection broke: {failure.Message}", calls, failure);
        }
    }

    private EngineException Failed(PromptVersion prompt, string message, List<StepCall> calls, Exception inner) =>
        new(QuarantineReasons.FailedGenerateAssessment, redactor.Redact($"{prompt.Name}: {message}"), calls.ToList(), inner);

    private StepCall Succeeded(PromptVersion prompt, string model, string input, ChatResponse response, DateTimeOffset start, int attempt)
    {
        var usage = response.Usage;
        var inputTokens = (int)(usage?.InputTokenCount ?? 0);
        var outputTokens = (int)(usage?.OutputTokenCount ?? 0);
        decimal? cost = response.AdditionalProperties?.TryGetValue(ResponseProperties.Cost, out var reported) == true && reported is decimal value ? value : null;
        var estimated = false;
        if (cost is null && usage is not null && PriceTable.Find(model) is { } price)
        {
            cost = price.Cost(inputTokens, outputTokens);
            estimated = true;
        }

        return new StepCall(prompt.Name, response.ModelId ?? model, prompt.Id, input, redactor.Redact(response.Text), start, clock.GetUtcNow())
        {
            InputTokens = inputTokens,
            OutputTokens = outputTokens,
            ReasoningTokens = (int)(usage?.ReasoningTokenCount ?? 0),
            CachedTokens = (int)(usage?.CachedInputTokenCount ?? 0),
            CostUsd = cost,
            CostEstimated = estimated,
            GenerationId = response.ResponseId,
            Attempt = attempt,
        };
    }

    private string InputOf(IEnumerable<ChatMessage> messages) =>
        redactor.Redact(new JsonArray(messages.Select(m => (JsonNode)new JsonObject { ["role"] = m.Role.Value, ["content"] = m.Text }).ToArray()).ToJsonString());
}
