namespace LeadQual.Evaluation.Running;

/// <summary>A job or pair the engine could not answer (quarantined), so it is counted, not silently dropped.</summary>
public sealed record EvalFailure(string Item, string Reason, string Message);
