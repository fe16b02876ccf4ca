namespace LeadQual.Evaluation.Running;

/// <summary>Progress of a run: what phase, how many items done of how many.</summary>
public sealed record EvalProgress(string Phase, int Done, int Total);
