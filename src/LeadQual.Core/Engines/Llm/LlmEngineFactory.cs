namespace LeadQual.Engines.Llm;

/// <summary>
/// Hands out one shared <see cref="LlmEngine"/> to a host (the HTTP API): its steps hold no per-call state, and
/// sharing it means one concurrency gate and one circuit breaker for the provider across requests.
/// </summary>
public sealed class LlmEngineFactory(LlmEngine engine) : IAssessmentEngineFactory, IDisposable
{
    public EngineIdentity Identity => engine.Identity;

    public IAssessmentEngine Create() => engine;

    public void Dispose() => engine.Dispose();
}
