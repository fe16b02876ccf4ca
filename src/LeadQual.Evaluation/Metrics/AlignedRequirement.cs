using LeadQual.Jobs;

namespace LeadQual.Evaluation.Metrics;

/// <summary>A gold requirement and the predicted one aligned to it (either side null when unaligned).</summary>
public sealed record AlignedRequirement(
    string JobId,
    string? GoldId,
    string? GoldText,
    RequirementClassification? GoldClassification,
    string? PredictedText,
    RequirementClassification? PredictedClassification,
    double Similarity);
