namespace LeadQual.Engines;

/// <summary>
/// Where a host (the CLI, the HTTP API) gets its engine from, so the engine configured for the process
/// can be swapped (offline today, an LLM engine later) without touching the host.
/// </summary>
public interface IAssessmentEngineFactory
{
    /// <summary>The engine and model the factory's engines report, for answers that need no engine call.</summary>
    EngineIdentity Identity { get; }

    IAssessmentEngine Create();
}
