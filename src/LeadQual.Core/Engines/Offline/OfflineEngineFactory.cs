namespace LeadQual.Engines.Offline;

/// <summary>Hands out one shared <see cref="OfflineEngine"/>: its rules hold no per-call state, so concurrent jobs can share it.</summary>
public sealed class OfflineEngineFactory(TimeProvider clock) : IAssessmentEngineFactory
{
    private readonly Lazy<OfflineEngine> engine = new(() => new OfflineEngine(clock: clock));

    public EngineIdentity Identity => engine.Value.Identity;

    public IAssessmentEngine Create() => engine.Value;
}
