using System.Runtime.CompilerServices;
using System.Text;
using LeadQual.Engines.Llm.Http;
using Microsoft.Extensions.AI;

namespace LeadQual.Engines.Llm.Streaming;

/// <summary>
/// Accumulates a streamed answer (partial JSON until the last chunk) and surfaces progress as it
/// arrives; the final item carries the complete <see cref="ChatResponse"/> with finish reason, usage
/// and the provider's cost from the last event.
/// </summary>
public static class ChatStreamAccumulator
{
    public static async IAsyncEnumerable<StreamProgress> ReadAsync(IAsyncEnumerable<ChatResponseUpdate> updates, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var text = new StringBuilder();
        string? id = null;
        string? model = null;
        ChatFinishReason? finish = null;
        UsageDetails? usage = null;
        decimal? cost = null;
        await foreach (var update in updates.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            id ??= update.ResponseId;
            model ??= update.ModelId;
            finish = update.FinishReason ?? finish;
            foreach (var content in update.Contents.OfType<UsageContent>())
            {
                usage = content.Details;
            }

            if (update.AdditionalProperties?.TryGetValue(ResponseProperties.Cost, out var reported) == true && reported is decimal value)
            {
                cost = value;
            }

            var delta = update.Text;
            if (delta.Length > 0)
            {
                text.Append(delta);
                yield return new StreamProgress(delta, text.Length);
            }
        }

        var response = new ChatResponse(new ChatMessage(ChatRole.Assistant, text.ToString()))
        {
            ResponseId = id,
            ModelId = model,
            FinishReason = finish,
            Usage = usage,
        };
        if (cost is not null)
        {
            response.AdditionalProperties = new() { [ResponseProperties.Cost] = cost.Value };
        }

        yield return new StreamProgress(string.Empty, text.Length, response);
    }

    public static async Task<ChatResponse> CollectAsync(IAsyncEnumerable<ChatResponseUpdate> updates, IProgress<StreamProgress>? progress, CancellationToken cancellationToken)
    {
        await foreach (var item in ReadAsync(updates, cancellationToken).ConfigureAwait(false))
        {
            progress?.Report(item);
            if (item.Response is not null)
            {
                return item.Response;
            }
        }

        throw new InvalidOperationException("the stream produced no response");
    }
}
