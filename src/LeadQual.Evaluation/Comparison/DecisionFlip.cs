namespace LeadQual.Evaluation.Comparison;

/// <summary>A gold requirement of a pair that the two runs decided differently, with both reasonings.</summary>
public sealed record DecisionFlip(string Pair, string RequirementId, string Requirement, bool Gold, bool A, bool B, string ReasoningA, string ReasoningB);
