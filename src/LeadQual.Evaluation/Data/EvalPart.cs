namespace LeadQual.Evaluation.Data;

/// <summary>
/// One named part of a labelled set (<c>parts.json</c>): a posting belongs to the part listing its job, a
/// resume to the part listing it, a pair to the part listing both.
/// </summary>
public sealed record EvalPart(string Name, IReadOnlyList<string> Jobs, IReadOnlyList<string> Resumes);
