namespace LeadQual.Evaluation.Running;

/// <summary>Candidate-profile figures against gold/resumes; null in metrics.json until profiles are measured.</summary>
public sealed record ProfileMetrics(SetMetrics ExplicitSkills, SetMetrics InferredSkills, SetMetrics QualityFlags);
