using LeadQual.Engines.Llm.Http;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace LeadQual.Engines.Llm.Resilience;

/// <summary>
/// The Polly v8 pipeline around every LLM call, outermost first: a concurrency gate, a total timeout,
/// retry (exponential backoff with jitter, or exactly what Retry-After / x-ratelimit-reset asked), a
/// circuit breaker, and a per-attempt timeout. All waiting runs on the injected <see cref="TimeProvider"/>
/// so tests move time instead of sleeping.
/// </summary>
public sealed class LlmResiliencePipeline : IDisposable
{
    private readonly ResiliencePipeline pipeline;
    private readonly SemaphoreSlim gate;

    public LlmResiliencePipeline(LlmResilienceOptions? options = null, TimeProvider? clock = null)
    {
        Options = options ?? new LlmResilienceOptions();
        gate = new SemaphoreSlim(Options.MaxConcurrency, Options.MaxConcurrency);
        var transient = new PredicateBuilder()
            .Handle<LlmProviderException>(e => e.Retryable)
            .Handle<TimeoutRejectedException>()
            .Handle<HttpRequestException>()
            .Handle<IOException>();
        var maxRetryAfter = Options.MaxRetryAfter;
        pipeline = new ResiliencePipelineBuilder { TimeProvider = clock ?? TimeProvider.System }
            .AddTimeout(Options.TotalTimeout)
            .AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = Math.Max(0, Options.MaxAttempts - 1),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = Options.BaseDelay,
                ShouldHandle = transient,
                DelayGenerator = args => ValueTask.FromResult(
                    args.Outcome.Exception is LlmProviderException { RetryAfter: { } wait } ? (TimeSpan?)(wait > maxRetryAfter ? maxRetryAfter : wait) : null),
            })
            .AddCircuitBreaker(new CircuitBreakerStrategyOptions
            {
                FailureRatio = Options.FailureRatio,
                MinimumThroughput = Math.Max(2, Options.MinimumThroughput),
                SamplingDuration = Options.SamplingDuration,
                BreakDuration = Options.BreakDuration,
                ShouldHandle = transient,
            })
            .AddTimeout(Options.AttemptTimeout)
            .Build();
    }

    public LlmResilienceOptions Options { get; }

    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, ValueTask<T>> attempt, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await pipeline.ExecuteAsync(attempt, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();
}
