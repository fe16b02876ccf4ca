namespace LeadQual.Engines;

/// <summary>An engine's answer to a step and the calls it took to get it.</summary>
public sealed record StepOutcome<T>(T Value, IReadOnlyList<StepCall> Calls);
